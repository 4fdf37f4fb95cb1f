package apigatewaytest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/apigateway"
	"github.com/awsparity/awsparity/gen/apigatewaytest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestImportRestApi is the parity test of API Gateway ImportRestApi.
// ImportRestApi: A feature of the API Gateway control service for creating a new API from an external API definition file.
func TestImportRestApi(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(apigatewaytest.Transformers()...))
	client := newClient(t)
	out, err := client.ImportRestApi(t.Context(), &apigateway.ImportRestApiInput{
		// Body: []byte (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("import-rest-api", out)
}
