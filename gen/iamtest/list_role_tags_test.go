package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListRoleTags is the parity test of IAM ListRoleTags.
// ListRoleTags: Lists the tags that are attached to the specified role.
func TestListRoleTags(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	var role *string
	iamtest.CreateRole(t, client, func(in *iam.CreateRoleInput) { role = in.RoleName })
	out, err := client.ListRoleTags(t.Context(), &iam.ListRoleTagsInput{
		RoleName: role,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-role-tags", out)
}
