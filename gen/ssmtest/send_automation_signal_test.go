package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestSendAutomationSignal is the parity test of SSM SendAutomationSignal.
// SendAutomationSignal: Sends a signal to an Automation execution to change the current behavior or status of the execution.
func TestSendAutomationSignal(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	out, err := client.SendAutomationSignal(t.Context(), &ssm.SendAutomationSignalInput{
		// AutomationExecutionId: *string (required)
		// SignalType: types.SignalType (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("send-automation-signal", out)
}
