package apigatewaytest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/apigateway"
	"github.com/awsparity/awsparity/gen/apigatewaytest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteGatewayResponse is the parity test of API Gateway DeleteGatewayResponse.
// DeleteGatewayResponse: Clears any customization of a GatewayResponse of a specified response type on the given RestApi and resets it with the default settings.
func TestDeleteGatewayResponse(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(apigatewaytest.Transformers()...))
	client := newClient(t)
	restApi := apigatewaytest.CreateRestApi(t, client)
	out, err := client.DeleteGatewayResponse(t.Context(), &apigateway.DeleteGatewayResponseInput{
		RestApiId: restApi.Id,
		// ResponseType: types.GatewayResponseType (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-gateway-response", out)
}
