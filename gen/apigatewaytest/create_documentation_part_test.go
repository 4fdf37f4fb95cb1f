package apigatewaytest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/apigateway"
	"github.com/awsparity/awsparity/gen/apigatewaytest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateDocumentationPart is the parity test of API Gateway CreateDocumentationPart.
// CreateDocumentationPart: Creates a documentation part.
func TestCreateDocumentationPart(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(apigatewaytest.Transformers()...))
	client := newClient(t)
	restApi := apigatewaytest.CreateRestApi(t, client)
	out, err := client.CreateDocumentationPart(t.Context(), &apigateway.CreateDocumentationPartInput{
		RestApiId: restApi.Id,
		// Location: *types.DocumentationPartLocation (required)
		// Properties: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-documentation-part", out)
}
