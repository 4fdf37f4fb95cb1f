package lambdatest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/awsparity/awsparity/gen/lambdatest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestSendDurableExecutionCallbackHeartbeat is the parity test of Lambda SendDurableExecutionCallbackHeartbeat.
// SendDurableExecutionCallbackHeartbeat: Sends a heartbeat signal for a long-running callback operation to prevent timeout.
func TestSendDurableExecutionCallbackHeartbeat(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(lambdatest.Transformers()...))
	client := newClient(t)
	out, err := client.SendDurableExecutionCallbackHeartbeat(t.Context(), &lambda.SendDurableExecutionCallbackHeartbeatInput{
		// CallbackId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("send-durable-execution-callback-heartbeat", out)
}
