package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteGroupPolicy is the parity test of IAM DeleteGroupPolicy.
// DeleteGroupPolicy: Deletes the specified inline policy that is embedded in the specified IAM group.
func TestDeleteGroupPolicy(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	var group *string
	iamtest.CreateGroup(t, client, func(in *iam.CreateGroupInput) { group = in.GroupName })
	out, err := client.DeleteGroupPolicy(t.Context(), &iam.DeleteGroupPolicyInput{
		GroupName: group,
		// PolicyName: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-group-policy", out)
}
