package sfntest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sfn"
	"github.com/awsparity/awsparity/gen/sfntest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeStateMachineForExecution is the parity test of SFN DescribeStateMachineForExecution.
// DescribeStateMachineForExecution: Provides information about a state machine's definition, its execution role ARN, and configuration.
func TestDescribeStateMachineForExecution(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sfntest.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeStateMachineForExecution(t.Context(), &sfn.DescribeStateMachineForExecutionInput{
		// ExecutionArn: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-state-machine-for-execution", out)
}
