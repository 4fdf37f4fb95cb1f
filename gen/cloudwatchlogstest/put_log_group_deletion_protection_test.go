package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPutLogGroupDeletionProtection is the parity test of CloudWatch Logs PutLogGroupDeletionProtection.
// PutLogGroupDeletionProtection: Enables or disables deletion protection for the specified log group.
func TestPutLogGroupDeletionProtection(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	out, err := client.PutLogGroupDeletionProtection(t.Context(), &cloudwatchlogs.PutLogGroupDeletionProtectionInput{
		// LogGroupIdentifier: *string (required)
		// DeletionProtectionEnabled: *bool (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("put-log-group-deletion-protection", out)
}
