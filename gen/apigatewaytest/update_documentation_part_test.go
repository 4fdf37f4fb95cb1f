package apigatewaytest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/apigateway"
	"github.com/awsparity/awsparity/gen/apigatewaytest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateDocumentationPart is the parity test of API Gateway UpdateDocumentationPart.
// UpdateDocumentationPart: Updates a documentation part.
func TestUpdateDocumentationPart(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(apigatewaytest.Transformers()...))
	client := newClient(t)
	restApi := apigatewaytest.CreateRestApi(t, client)
	out, err := client.UpdateDocumentationPart(t.Context(), &apigateway.UpdateDocumentationPartInput{
		RestApiId: restApi.Id,
		// DocumentationPartId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-documentation-part", out)
}
