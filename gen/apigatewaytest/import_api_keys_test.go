package apigatewaytest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/apigateway"
	"github.com/awsparity/awsparity/gen/apigatewaytest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestImportApiKeys is the parity test of API Gateway ImportApiKeys.
// ImportApiKeys: Import API keys from an external source, such as a CSV-formatted file.
func TestImportApiKeys(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(apigatewaytest.Transformers()...))
	client := newClient(t)
	out, err := client.ImportApiKeys(t.Context(), &apigateway.ImportApiKeysInput{
		// Body: []byte (required)
		// Format: types.ApiKeysFormat (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("import-api-keys", out)
}
