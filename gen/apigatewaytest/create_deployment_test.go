package apigatewaytest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/apigateway"
	"github.com/awsparity/awsparity/gen/apigatewaytest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateDeployment is the parity test of API Gateway CreateDeployment.
// CreateDeployment: Creates a Deployment resource, which makes a specified RestApi callable over the internet.
func TestCreateDeployment(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(apigatewaytest.Transformers()...))
	client := newClient(t)
	restApi := apigatewaytest.CreateRestApi(t, client)
	out, err := client.CreateDeployment(t.Context(), &apigateway.CreateDeploymentInput{
		RestApiId: restApi.Id,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-deployment", out)
}
