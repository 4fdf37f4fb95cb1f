package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDetachUserPolicy is the parity test of IAM DetachUserPolicy.
// DetachUserPolicy: Removes the specified managed policy from the specified user.
func TestDetachUserPolicy(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	policy := iamtest.CreatePolicy(t, client)
	out, err := client.DetachUserPolicy(t.Context(), &iam.DetachUserPolicyInput{
		// UserName: *string (required)
		PolicyArn: policy.Policy.Arn,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("detach-user-policy", out)
}
