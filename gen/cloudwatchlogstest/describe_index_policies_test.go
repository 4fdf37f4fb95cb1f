package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeIndexPolicies is the parity test of CloudWatch Logs DescribeIndexPolicies.
// DescribeIndexPolicies: Returns the field index policies of the specified log group.
func TestDescribeIndexPolicies(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeIndexPolicies(t.Context(), &cloudwatchlogs.DescribeIndexPoliciesInput{
		// LogGroupIdentifiers: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-index-policies", out)
}
