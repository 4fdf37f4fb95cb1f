package apigatewaytest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/apigateway"
	"github.com/awsparity/awsparity/gen/apigatewaytest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetGatewayResponse is the parity test of API Gateway GetGatewayResponse.
// GetGatewayResponse: Gets a GatewayResponse of a specified response type on the given RestApi.
func TestGetGatewayResponse(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(apigatewaytest.Transformers()...))
	client := newClient(t)
	restApi := apigatewaytest.CreateRestApi(t, client)
	out, err := client.GetGatewayResponse(t.Context(), &apigateway.GetGatewayResponseInput{
		RestApiId: restApi.Id,
		// ResponseType: types.GatewayResponseType (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-gateway-response", out)
}
