package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeResourcePolicies is the parity test of CloudWatch Logs DescribeResourcePolicies.
// DescribeResourcePolicies: Lists the resource policies in this account.
func TestDescribeResourcePolicies(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeResourcePolicies(t.Context(), &cloudwatchlogs.DescribeResourcePoliciesInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-resource-policies", out)
}
