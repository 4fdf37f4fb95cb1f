package sfntest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sfn"
	"github.com/awsparity/awsparity/gen/sfntest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteStateMachine is the parity test of SFN DeleteStateMachine.
// DeleteStateMachine: Deletes a state machine.
func TestDeleteStateMachine(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sfntest.Transformers()...))
	client := newClient(t)
	stateMachine := sfntest.CreateStateMachine(t, client)
	out, err := client.DeleteStateMachine(t.Context(), &sfn.DeleteStateMachineInput{
		StateMachineArn: stateMachine.StateMachineArn,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-state-machine", out)
}
