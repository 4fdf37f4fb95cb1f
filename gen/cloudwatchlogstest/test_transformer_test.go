package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestTestTransformer is the parity test of CloudWatch Logs TestTransformer.
// TestTransformer: Use this operation to test a log transformer.
func TestTestTransformer(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	out, err := client.TestTransformer(t.Context(), &cloudwatchlogs.TestTransformerInput{
		// TransformerConfig: []types.Processor (required)
		// LogEventMessages: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("test-transformer", out)
}
