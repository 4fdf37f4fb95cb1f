package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetDataProtectionPolicy is the parity test of CloudWatch Logs GetDataProtectionPolicy.
// GetDataProtectionPolicy: Returns information about a log group data protection policy.
func TestGetDataProtectionPolicy(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	out, err := client.GetDataProtectionPolicy(t.Context(), &cloudwatchlogs.GetDataProtectionPolicyInput{
		// LogGroupIdentifier: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-data-protection-policy", out)
}
