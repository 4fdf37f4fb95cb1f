package sfntest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sfn"
	"github.com/awsparity/awsparity/gen/sfntest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeExecution is the parity test of SFN DescribeExecution.
// DescribeExecution: Provides information about a state machine execution, such as the state machine associated with the execution, the execution input and output, and relevant execution metadata.
func TestDescribeExecution(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sfntest.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeExecution(t.Context(), &sfn.DescribeExecutionInput{
		// ExecutionArn: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-execution", out)
}
