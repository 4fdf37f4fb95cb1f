package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPutIndexPolicy is the parity test of CloudWatch Logs PutIndexPolicy.
// PutIndexPolicy: Creates or updates a field index policy for the specified log group.
func TestPutIndexPolicy(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	out, err := client.PutIndexPolicy(t.Context(), &cloudwatchlogs.PutIndexPolicyInput{
		// LogGroupIdentifier: *string (required)
		// PolicyDocument: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("put-index-policy", out)
}
