package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPutGroupPolicy is the parity test of IAM PutGroupPolicy.
// PutGroupPolicy: Adds or updates an inline policy document that is embedded in the specified IAM group.
func TestPutGroupPolicy(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	var group *string
	iamtest.CreateGroup(t, client, func(in *iam.CreateGroupInput) { group = in.GroupName })
	out, err := client.PutGroupPolicy(t.Context(), &iam.PutGroupPolicyInput{
		GroupName: group,
		// PolicyName: *string (required)
		// PolicyDocument: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("put-group-policy", out)
}
