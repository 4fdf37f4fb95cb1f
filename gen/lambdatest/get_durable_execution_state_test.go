package lambdatest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/awsparity/awsparity/gen/lambdatest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetDurableExecutionState is the parity test of Lambda GetDurableExecutionState.
// GetDurableExecutionState: Retrieves the current execution state required for the replay process during durable function execution.
func TestGetDurableExecutionState(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(lambdatest.Transformers()...))
	client := newClient(t)
	out, err := client.GetDurableExecutionState(t.Context(), &lambda.GetDurableExecutionStateInput{
		// DurableExecutionArn: *string (required)
		// CheckpointToken: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-durable-execution-state", out)
}
