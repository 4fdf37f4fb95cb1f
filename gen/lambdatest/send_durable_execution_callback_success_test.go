package lambdatest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/awsparity/awsparity/gen/lambdatest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestSendDurableExecutionCallbackSuccess is the parity test of Lambda SendDurableExecutionCallbackSuccess.
// SendDurableExecutionCallbackSuccess: Sends a successful completion response for a callback operation in a durable execution.
func TestSendDurableExecutionCallbackSuccess(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(lambdatest.Transformers()...))
	client := newClient(t)
	out, err := client.SendDurableExecutionCallbackSuccess(t.Context(), &lambda.SendDurableExecutionCallbackSuccessInput{
		// CallbackId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("send-durable-execution-callback-success", out)
}
