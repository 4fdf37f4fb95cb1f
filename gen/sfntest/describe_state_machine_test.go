package sfntest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sfn"
	"github.com/awsparity/awsparity/gen/sfntest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeStateMachine is the parity test of SFN DescribeStateMachine.
// DescribeStateMachine: Provides information about a state machine's definition, its IAM role Amazon Resource Name (ARN), and configuration.
func TestDescribeStateMachine(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sfntest.Transformers()...))
	client := newClient(t)
	stateMachine := sfntest.CreateStateMachine(t, client)
	out, err := client.DescribeStateMachine(t.Context(), &sfn.DescribeStateMachineInput{
		StateMachineArn: stateMachine.StateMachineArn,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-state-machine", out)
}
