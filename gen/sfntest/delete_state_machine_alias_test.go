package sfntest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sfn"
	"github.com/awsparity/awsparity/gen/sfntest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteStateMachineAlias is the parity test of SFN DeleteStateMachineAlias.
// DeleteStateMachineAlias: Deletes a state machine alias.
func TestDeleteStateMachineAlias(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sfntest.Transformers()...))
	client := newClient(t)
	stateMachineAlias := sfntest.CreateStateMachineAlias(t, client)
	out, err := client.DeleteStateMachineAlias(t.Context(), &sfn.DeleteStateMachineAliasInput{
		StateMachineAliasArn: stateMachineAlias.StateMachineAliasArn,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-state-machine-alias", out)
}
