package sfntest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sfn"
	"github.com/awsparity/awsparity/gen/sfntest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListStateMachineVersions is the parity test of SFN ListStateMachineVersions.
// ListStateMachineVersions: Lists versions for the specified state machine Amazon Resource Name (ARN).
func TestListStateMachineVersions(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sfntest.Transformers()...))
	client := newClient(t)
	stateMachine := sfntest.CreateStateMachine(t, client)
	out, err := client.ListStateMachineVersions(t.Context(), &sfn.ListStateMachineVersionsInput{
		StateMachineArn: stateMachine.StateMachineArn,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-state-machine-versions", out)
}
