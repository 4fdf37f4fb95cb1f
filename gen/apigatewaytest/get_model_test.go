package apigatewaytest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/apigateway"
	"github.com/awsparity/awsparity/gen/apigatewaytest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetModel is the parity test of API Gateway GetModel.
// GetModel: Describes an existing model defined for a RestApi resource.
func TestGetModel(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(apigatewaytest.Transformers()...))
	client := newClient(t)
	restApi := apigatewaytest.CreateRestApi(t, client)
	out, err := client.GetModel(t.Context(), &apigateway.GetModelInput{
		RestApiId: restApi.Id,
		// ModelName: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-model", out)
}
