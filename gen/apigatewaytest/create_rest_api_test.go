package apigatewaytest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/apigateway"
	"github.com/awsparity/awsparity/gen/apigatewaytest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateRestApi is the parity test of API Gateway CreateRestApi.
// CreateRestApi: Creates a new RestApi resource.
func TestCreateRestApi(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(apigatewaytest.Transformers()...))
	client := newClient(t)
	// apigatewaytest.CreateRestApi calls CreateRestApi with the input below and deletes the RestApi when the test ends.
	out := apigatewaytest.CreateRestApi(t, client, func(in *apigateway.CreateRestApiInput) {
		// in.Name = *string (required; the fixture sets it)
	})
	snap.Match("create-rest-api", out)
}
