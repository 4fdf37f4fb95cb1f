package lambdatest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/awsparity/awsparity/gen/lambdatest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCheckpointDurableExecution is the parity test of Lambda CheckpointDurableExecution.
// CheckpointDurableExecution: Saves the progress of a durable function execution during runtime.
func TestCheckpointDurableExecution(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(lambdatest.Transformers()...))
	client := newClient(t)
	out, err := client.CheckpointDurableExecution(t.Context(), &lambda.CheckpointDurableExecutionInput{
		// DurableExecutionArn: *string (required)
		// CheckpointToken: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("checkpoint-durable-execution", out)
}
