package sfntest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sfn"
	"github.com/awsparity/awsparity/gen/sfntest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPublishStateMachineVersion is the parity test of SFN PublishStateMachineVersion.
// PublishStateMachineVersion: Creates a version from the current revision of a state machine.
func TestPublishStateMachineVersion(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sfntest.Transformers()...))
	client := newClient(t)
	stateMachine := sfntest.CreateStateMachine(t, client)
	out, err := client.PublishStateMachineVersion(t.Context(), &sfn.PublishStateMachineVersionInput{
		StateMachineArn: stateMachine.StateMachineArn,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("publish-state-machine-version", out)
}
