package lambdatest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/awsparity/awsparity/gen/lambdatest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestSendDurableExecutionCallbackFailure is the parity test of Lambda SendDurableExecutionCallbackFailure.
// SendDurableExecutionCallbackFailure: Sends a failure response for a callback operation in a durable execution.
func TestSendDurableExecutionCallbackFailure(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(lambdatest.Transformers()...))
	client := newClient(t)
	out, err := client.SendDurableExecutionCallbackFailure(t.Context(), &lambda.SendDurableExecutionCallbackFailureInput{
		// CallbackId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("send-durable-execution-callback-failure", out)
}
