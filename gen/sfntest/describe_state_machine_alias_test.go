package sfntest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sfn"
	"github.com/awsparity/awsparity/gen/sfntest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeStateMachineAlias is the parity test of SFN DescribeStateMachineAlias.
// DescribeStateMachineAlias: Returns details about a state machine alias.
func TestDescribeStateMachineAlias(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sfntest.Transformers()...))
	client := newClient(t)
	stateMachineAlias := sfntest.CreateStateMachineAlias(t, client)
	out, err := client.DescribeStateMachineAlias(t.Context(), &sfn.DescribeStateMachineAliasInput{
		StateMachineAliasArn: stateMachineAlias.StateMachineAliasArn,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-state-machine-alias", out)
}
