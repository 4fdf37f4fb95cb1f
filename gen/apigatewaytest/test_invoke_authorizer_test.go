package apigatewaytest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/apigateway"
	"github.com/awsparity/awsparity/gen/apigatewaytest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestTestInvokeAuthorizer is the parity test of API Gateway TestInvokeAuthorizer.
// TestInvokeAuthorizer: Simulate the execution of an Authorizer in your RestApi with headers, parameters, and an incoming request body.
func TestTestInvokeAuthorizer(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(apigatewaytest.Transformers()...))
	client := newClient(t)
	restApi := apigatewaytest.CreateRestApi(t, client)
	out, err := client.TestInvokeAuthorizer(t.Context(), &apigateway.TestInvokeAuthorizerInput{
		RestApiId: restApi.Id,
		// AuthorizerId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("test-invoke-authorizer", out)
}
