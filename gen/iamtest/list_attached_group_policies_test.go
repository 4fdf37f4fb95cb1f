package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListAttachedGroupPolicies is the parity test of IAM ListAttachedGroupPolicies.
// ListAttachedGroupPolicies: Lists all managed policies that are attached to the specified IAM group.
func TestListAttachedGroupPolicies(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	var group *string
	iamtest.CreateGroup(t, client, func(in *iam.CreateGroupInput) { group = in.GroupName })
	out, err := client.ListAttachedGroupPolicies(t.Context(), &iam.ListAttachedGroupPoliciesInput{
		GroupName: group,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-attached-group-policies", out)
}
