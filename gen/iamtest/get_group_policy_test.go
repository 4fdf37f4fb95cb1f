package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetGroupPolicy is the parity test of IAM GetGroupPolicy.
// GetGroupPolicy: Retrieves the specified inline policy document that is embedded in the specified IAM group.
func TestGetGroupPolicy(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	var group *string
	iamtest.CreateGroup(t, client, func(in *iam.CreateGroupInput) { group = in.GroupName })
	out, err := client.GetGroupPolicy(t.Context(), &iam.GetGroupPolicyInput{
		GroupName: group,
		// PolicyName: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-group-policy", out)
}
