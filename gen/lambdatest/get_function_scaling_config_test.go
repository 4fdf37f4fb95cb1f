package lambdatest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/awsparity/awsparity/gen/lambdatest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetFunctionScalingConfig is the parity test of Lambda GetFunctionScalingConfig.
// GetFunctionScalingConfig: Retrieves the scaling configuration for a Lambda Managed Instances function.
func TestGetFunctionScalingConfig(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(lambdatest.Transformers()...))
	client := newClient(t)
	function := lambdatest.CreateFunction(t, client)
	out, err := client.GetFunctionScalingConfig(t.Context(), &lambda.GetFunctionScalingConfigInput{
		FunctionName: function.FunctionName,
		// Qualifier: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-function-scaling-config", out)
}
