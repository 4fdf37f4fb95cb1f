package lambdatest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/awsparity/awsparity/gen/lambdatest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListDurableExecutionsByFunction is the parity test of Lambda ListDurableExecutionsByFunction.
// ListDurableExecutionsByFunction: Returns a list of durable executions for a specified Lambda function.
func TestListDurableExecutionsByFunction(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(lambdatest.Transformers()...))
	client := newClient(t)
	function := lambdatest.CreateFunction(t, client)
	out, err := client.ListDurableExecutionsByFunction(t.Context(), &lambda.ListDurableExecutionsByFunctionInput{
		FunctionName: function.FunctionName,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-durable-executions-by-function", out)
}
