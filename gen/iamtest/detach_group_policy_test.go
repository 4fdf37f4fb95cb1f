package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDetachGroupPolicy is the parity test of IAM DetachGroupPolicy.
// DetachGroupPolicy: Removes the specified managed policy from the specified IAM group.
func TestDetachGroupPolicy(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	var group *string
	iamtest.CreateGroup(t, client, func(in *iam.CreateGroupInput) { group = in.GroupName })
	out, err := client.DetachGroupPolicy(t.Context(), &iam.DetachGroupPolicyInput{
		GroupName: group,
		// PolicyArn: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("detach-group-policy", out)
}
