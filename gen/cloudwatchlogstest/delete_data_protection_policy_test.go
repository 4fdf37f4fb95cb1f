package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteDataProtectionPolicy is the parity test of CloudWatch Logs DeleteDataProtectionPolicy.
// DeleteDataProtectionPolicy: Deletes the data protection policy from the specified log group.
func TestDeleteDataProtectionPolicy(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	out, err := client.DeleteDataProtectionPolicy(t.Context(), &cloudwatchlogs.DeleteDataProtectionPolicyInput{
		// LogGroupIdentifier: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-data-protection-policy", out)
}
