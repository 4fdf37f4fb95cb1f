package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPutAccountPolicy is the parity test of CloudWatch Logs PutAccountPolicy.
// PutAccountPolicy: Creates an account-level data protection policy, subscription filter policy, field index policy, transformer policy, or metric extraction policy that applies to all log groups, a subset of log groups, or a data source name and type combination in the account.
func TestPutAccountPolicy(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	var resourcePolicy *string
	cloudwatchlogstest.CreateResourcePolicy(t, client, func(in *cloudwatchlogs.PutResourcePolicyInput) { resourcePolicy = in.PolicyName })
	out, err := client.PutAccountPolicy(t.Context(), &cloudwatchlogs.PutAccountPolicyInput{
		PolicyName: resourcePolicy,
		// PolicyDocument: *string (required)
		// PolicyType: types.PolicyType (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("put-account-policy", out)
}
