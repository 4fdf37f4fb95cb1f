package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPutDataProtectionPolicy is the parity test of CloudWatch Logs PutDataProtectionPolicy.
// PutDataProtectionPolicy: Creates a data protection policy for the specified log group.
func TestPutDataProtectionPolicy(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	out, err := client.PutDataProtectionPolicy(t.Context(), &cloudwatchlogs.PutDataProtectionPolicyInput{
		// LogGroupIdentifier: *string (required)
		// PolicyDocument: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("put-data-protection-policy", out)
}
