package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListPolicyVersions is the parity test of IAM ListPolicyVersions.
// ListPolicyVersions: Lists information about the versions of the specified managed policy, including the version that is currently set as the policy's default version.
func TestListPolicyVersions(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	policy := iamtest.CreatePolicy(t, client)
	out, err := client.ListPolicyVersions(t.Context(), &iam.ListPolicyVersionsInput{
		PolicyArn: policy.Policy.Arn,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-policy-versions", out)
}
