package lambdatest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/awsparity/awsparity/gen/lambdatest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestInvokeAsync is the parity test of Lambda InvokeAsync.
// InvokeAsync: For asynchronous function invocation, use Invoke.
func TestInvokeAsync(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(lambdatest.Transformers()...))
	client := newClient(t)
	function := lambdatest.CreateFunction(t, client)
	out, err := client.InvokeAsync(t.Context(), &lambda.InvokeAsyncInput{
		FunctionName: function.FunctionName,
		// InvokeArgs: io.Reader (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("invoke-async", out)
}
