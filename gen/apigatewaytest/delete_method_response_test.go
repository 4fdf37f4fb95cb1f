package apigatewaytest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/apigateway"
	"github.com/awsparity/awsparity/gen/apigatewaytest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteMethodResponse is the parity test of API Gateway DeleteMethodResponse.
// DeleteMethodResponse: Deletes an existing MethodResponse resource.
func TestDeleteMethodResponse(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(apigatewaytest.Transformers()...))
	client := newClient(t)
	restApi := apigatewaytest.CreateRestApi(t, client)
	out, err := client.DeleteMethodResponse(t.Context(), &apigateway.DeleteMethodResponseInput{
		RestApiId: restApi.Id,
		// ResourceId: *string (required)
		// HttpMethod: *string (required)
		// StatusCode: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-method-response", out)
}
