package lambdatest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/awsparity/awsparity/gen/lambdatest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetDurableExecutionHistory is the parity test of Lambda GetDurableExecutionHistory.
// GetDurableExecutionHistory: Retrieves the execution history for a durable execution, showing all the steps, callbacks, and events that occurred during the execution.
func TestGetDurableExecutionHistory(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(lambdatest.Transformers()...))
	client := newClient(t)
	out, err := client.GetDurableExecutionHistory(t.Context(), &lambda.GetDurableExecutionHistoryInput{
		// DurableExecutionArn: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-durable-execution-history", out)
}
