package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyIdentityIdFormat is the parity test of EC2 ModifyIdentityIdFormat.
// ModifyIdentityIdFormat: Modifies the ID format of a resource for a specified IAM user, IAM role, or the root user for an account; or all IAM users, IAM roles, and the root user for an account.
func TestModifyIdentityIdFormat(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.ModifyIdentityIdFormat(t.Context(), &ec2.ModifyIdentityIdFormatInput{
		// Resource: *string (required)
		// UseLongIds: *bool (required)
		// PrincipalArn: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-identity-id-format", out)
}
