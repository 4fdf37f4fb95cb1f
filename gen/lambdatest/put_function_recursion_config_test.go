package lambdatest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/awsparity/awsparity/gen/lambdatest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPutFunctionRecursionConfig is the parity test of Lambda PutFunctionRecursionConfig.
// PutFunctionRecursionConfig: Sets your function's recursive loop detection configuration.
func TestPutFunctionRecursionConfig(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(lambdatest.Transformers()...))
	client := newClient(t)
	function := lambdatest.CreateFunction(t, client)
	out, err := client.PutFunctionRecursionConfig(t.Context(), &lambda.PutFunctionRecursionConfigInput{
		FunctionName: function.FunctionName,
		// RecursiveLoop: types.RecursiveLoop (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("put-function-recursion-config", out)
}
