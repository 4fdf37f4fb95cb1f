package apigatewaytest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/apigateway"
	"github.com/awsparity/awsparity/gen/apigatewaytest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPutIntegration is the parity test of API Gateway PutIntegration.
// PutIntegration: Sets up a method's integration.
func TestPutIntegration(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(apigatewaytest.Transformers()...))
	client := newClient(t)
	restApi := apigatewaytest.CreateRestApi(t, client)
	out, err := client.PutIntegration(t.Context(), &apigateway.PutIntegrationInput{
		RestApiId: restApi.Id,
		// ResourceId: *string (required)
		// HttpMethod: *string (required)
		// Type: types.IntegrationType (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("put-integration", out)
}
