package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreatePolicy is the parity test of IAM CreatePolicy.
// CreatePolicy: Creates a new managed policy for your Amazon Web Services account.
func TestCreatePolicy(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	// iamtest.CreatePolicy calls CreatePolicy with the input below and deletes the Policy when the test ends.
	out := iamtest.CreatePolicy(t, client, func(in *iam.CreatePolicyInput) {
		// in.PolicyName = *string (required; the fixture sets it)
		// in.PolicyDocument = *string (required)
	})
	snap.Match("create-policy", out)
}
