package apigatewaytest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/apigateway"
	"github.com/awsparity/awsparity/gen/apigatewaytest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateIntegrationResponse is the parity test of API Gateway UpdateIntegrationResponse.
// UpdateIntegrationResponse: Represents an update integration response.
func TestUpdateIntegrationResponse(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(apigatewaytest.Transformers()...))
	client := newClient(t)
	restApi := apigatewaytest.CreateRestApi(t, client)
	out, err := client.UpdateIntegrationResponse(t.Context(), &apigateway.UpdateIntegrationResponseInput{
		RestApiId: restApi.Id,
		// ResourceId: *string (required)
		// HttpMethod: *string (required)
		// StatusCode: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-integration-response", out)
}
