package lambdatest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/awsparity/awsparity/gen/lambdatest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteFunctionEventInvokeConfig is the parity test of Lambda DeleteFunctionEventInvokeConfig.
// DeleteFunctionEventInvokeConfig: Deletes the configuration for asynchronous invocation for a function, version, or alias.
func TestDeleteFunctionEventInvokeConfig(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(lambdatest.Transformers()...))
	client := newClient(t)
	function := lambdatest.CreateFunction(t, client)
	out, err := client.DeleteFunctionEventInvokeConfig(t.Context(), &lambda.DeleteFunctionEventInvokeConfigInput{
		FunctionName: function.FunctionName,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-function-event-invoke-config", out)
}
