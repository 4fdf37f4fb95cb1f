package apigatewaytest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/apigateway"
	"github.com/awsparity/awsparity/gen/apigatewaytest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateAuthorizer is the parity test of API Gateway CreateAuthorizer.
// CreateAuthorizer: Adds a new Authorizer resource to an existing RestApi resource.
func TestCreateAuthorizer(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(apigatewaytest.Transformers()...))
	client := newClient(t)
	restApi := apigatewaytest.CreateRestApi(t, client)
	out, err := client.CreateAuthorizer(t.Context(), &apigateway.CreateAuthorizerInput{
		RestApiId: restApi.Id,
		// Name: *string (required)
		// Type: types.AuthorizerType (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-authorizer", out)
}
