package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetPolicyVersion is the parity test of IAM GetPolicyVersion.
// GetPolicyVersion: Retrieves information about the specified version of the specified managed policy, including the policy document.
func TestGetPolicyVersion(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	policy := iamtest.CreatePolicy(t, client)
	out, err := client.GetPolicyVersion(t.Context(), &iam.GetPolicyVersionInput{
		PolicyArn: policy.Policy.Arn,
		// VersionId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-policy-version", out)
}
