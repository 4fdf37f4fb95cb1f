package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestSetDefaultPolicyVersion is the parity test of IAM SetDefaultPolicyVersion.
// SetDefaultPolicyVersion: Sets the specified version of the specified policy as the policy's default (operative) version.
func TestSetDefaultPolicyVersion(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	policy := iamtest.CreatePolicy(t, client)
	out, err := client.SetDefaultPolicyVersion(t.Context(), &iam.SetDefaultPolicyVersionInput{
		PolicyArn: policy.Policy.Arn,
		// VersionId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("set-default-policy-version", out)
}
