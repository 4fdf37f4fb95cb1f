package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeletePolicyVersion is the parity test of IAM DeletePolicyVersion.
// DeletePolicyVersion: Deletes the specified version from the specified managed policy.
func TestDeletePolicyVersion(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	policy := iamtest.CreatePolicy(t, client)
	out, err := client.DeletePolicyVersion(t.Context(), &iam.DeletePolicyVersionInput{
		PolicyArn: policy.Policy.Arn,
		// VersionId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-policy-version", out)
}
