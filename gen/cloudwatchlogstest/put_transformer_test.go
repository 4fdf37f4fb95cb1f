package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPutTransformer is the parity test of CloudWatch Logs PutTransformer.
// PutTransformer: Creates or updates a log transformer for a single log group.
func TestPutTransformer(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	out, err := client.PutTransformer(t.Context(), &cloudwatchlogs.PutTransformerInput{
		// LogGroupIdentifier: *string (required)
		// TransformerConfig: []types.Processor (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("put-transformer", out)
}
