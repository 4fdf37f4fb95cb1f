package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteIndexPolicy is the parity test of CloudWatch Logs DeleteIndexPolicy.
// DeleteIndexPolicy: Deletes a log-group level field index policy that was applied to a single log group.
func TestDeleteIndexPolicy(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	out, err := client.DeleteIndexPolicy(t.Context(), &cloudwatchlogs.DeleteIndexPolicyInput{
		// LogGroupIdentifier: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-index-policy", out)
}
