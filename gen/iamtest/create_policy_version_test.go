package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreatePolicyVersion is the parity test of IAM CreatePolicyVersion.
// CreatePolicyVersion: Creates a new version of the specified managed policy.
func TestCreatePolicyVersion(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	policy := iamtest.CreatePolicy(t, client)
	out, err := client.CreatePolicyVersion(t.Context(), &iam.CreatePolicyVersionInput{
		PolicyArn: policy.Policy.Arn,
		// PolicyDocument: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-policy-version", out)
}
