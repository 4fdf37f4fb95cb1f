package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestStopAutomationExecution is the parity test of SSM StopAutomationExecution.
// StopAutomationExecution: Stop an Automation that is currently running.
func TestStopAutomationExecution(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	out, err := client.StopAutomationExecution(t.Context(), &ssm.StopAutomationExecutionInput{
		// AutomationExecutionId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("stop-automation-execution", out)
}
