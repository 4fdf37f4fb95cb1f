package sfntest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sfn"
	"github.com/awsparity/awsparity/gen/sfntest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestStartSyncExecution is the parity test of SFN StartSyncExecution.
// StartSyncExecution: Starts a Synchronous Express state machine execution.
func TestStartSyncExecution(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sfntest.Transformers()...))
	client := newClient(t)
	stateMachine := sfntest.CreateStateMachine(t, client)
	out, err := client.StartSyncExecution(t.Context(), &sfn.StartSyncExecutionInput{
		StateMachineArn: stateMachine.StateMachineArn,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("start-sync-execution", out)
}
