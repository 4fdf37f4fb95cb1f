package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeAccountPolicies is the parity test of CloudWatch Logs DescribeAccountPolicies.
// DescribeAccountPolicies: Returns a list of all CloudWatch Logs account policies in the account.
func TestDescribeAccountPolicies(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	var resourcePolicy *string
	cloudwatchlogstest.CreateResourcePolicy(t, client, func(in *cloudwatchlogs.PutResourcePolicyInput) { resourcePolicy = in.PolicyName })
	out, err := client.DescribeAccountPolicies(t.Context(), &cloudwatchlogs.DescribeAccountPoliciesInput{
		// PolicyType: types.PolicyType (required)
		PolicyName: resourcePolicy,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-account-policies", out)
}
