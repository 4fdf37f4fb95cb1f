package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestTagPolicy is the parity test of IAM TagPolicy.
// TagPolicy: Adds one or more tags to an IAM customer managed policy.
func TestTagPolicy(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	policy := iamtest.CreatePolicy(t, client)
	out, err := client.TagPolicy(t.Context(), &iam.TagPolicyInput{
		PolicyArn: policy.Policy.Arn,
		// Tags: []types.Tag (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("tag-policy", out)
}
