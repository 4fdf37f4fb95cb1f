package apigatewaytest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/apigateway"
	"github.com/awsparity/awsparity/gen/apigatewaytest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteDocumentationPart is the parity test of API Gateway DeleteDocumentationPart.
// DeleteDocumentationPart: Deletes a documentation part
func TestDeleteDocumentationPart(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(apigatewaytest.Transformers()...))
	client := newClient(t)
	restApi := apigatewaytest.CreateRestApi(t, client)
	out, err := client.DeleteDocumentationPart(t.Context(), &apigateway.DeleteDocumentationPartInput{
		RestApiId: restApi.Id,
		// DocumentationPartId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-documentation-part", out)
}
