package sfntest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sfn"
	"github.com/awsparity/awsparity/gen/sfntest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateStateMachineAlias is the parity test of SFN UpdateStateMachineAlias.
// UpdateStateMachineAlias: Updates the configuration of an existing state machine alias by modifying its description or routingConfiguration.
func TestUpdateStateMachineAlias(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sfntest.Transformers()...))
	client := newClient(t)
	stateMachineAlias := sfntest.CreateStateMachineAlias(t, client)
	out, err := client.UpdateStateMachineAlias(t.Context(), &sfn.UpdateStateMachineAliasInput{
		StateMachineAliasArn: stateMachineAlias.StateMachineAliasArn,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-state-machine-alias", out)
}
