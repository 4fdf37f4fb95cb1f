package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUntagPolicy is the parity test of IAM UntagPolicy.
// UntagPolicy: Removes the specified tags from the customer managed policy.
func TestUntagPolicy(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	policy := iamtest.CreatePolicy(t, client)
	out, err := client.UntagPolicy(t.Context(), &iam.UntagPolicyInput{
		PolicyArn: policy.Policy.Arn,
		// TagKeys: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("untag-policy", out)
}
