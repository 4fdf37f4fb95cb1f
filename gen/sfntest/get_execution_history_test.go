package sfntest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sfn"
	"github.com/awsparity/awsparity/gen/sfntest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetExecutionHistory is the parity test of SFN GetExecutionHistory.
// GetExecutionHistory: Returns the history of the specified execution as a list of events.
func TestGetExecutionHistory(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sfntest.Transformers()...))
	client := newClient(t)
	out, err := client.GetExecutionHistory(t.Context(), &sfn.GetExecutionHistoryInput{
		// ExecutionArn: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-execution-history", out)
}
