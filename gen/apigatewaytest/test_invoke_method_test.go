package apigatewaytest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/apigateway"
	"github.com/awsparity/awsparity/gen/apigatewaytest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestTestInvokeMethod is the parity test of API Gateway TestInvokeMethod.
// TestInvokeMethod: Simulate the invocation of a Method in your RestApi with headers, parameters, and an incoming request body.
func TestTestInvokeMethod(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(apigatewaytest.Transformers()...))
	client := newClient(t)
	restApi := apigatewaytest.CreateRestApi(t, client)
	out, err := client.TestInvokeMethod(t.Context(), &apigateway.TestInvokeMethodInput{
		RestApiId: restApi.Id,
		// ResourceId: *string (required)
		// HttpMethod: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("test-invoke-method", out)
}
