package sfntest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sfn"
	"github.com/awsparity/awsparity/gen/sfntest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateStateMachine is the parity test of SFN CreateStateMachine.
// CreateStateMachine: Creates a state machine.
func TestCreateStateMachine(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sfntest.Transformers()...))
	client := newClient(t)
	// sfntest.CreateStateMachine calls CreateStateMachine with the input below and deletes the StateMachine when the test ends.
	out := sfntest.CreateStateMachine(t, client, func(in *sfn.CreateStateMachineInput) {
		// in.Name = *string (required; the fixture sets it)
		// in.Definition = *string (required; the fixture sets it)
		// in.RoleArn = *string (required; the fixture sets it)
	})
	snap.Match("create-state-machine", out)
}
