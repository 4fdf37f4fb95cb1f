package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestReplaceIamInstanceProfileAssociation is the parity test of EC2 ReplaceIamInstanceProfileAssociation.
// ReplaceIamInstanceProfileAssociation: Replaces an IAM instance profile for the specified running instance.
func TestReplaceIamInstanceProfileAssociation(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.ReplaceIamInstanceProfileAssociation(t.Context(), &ec2.ReplaceIamInstanceProfileAssociationInput{
		// IamInstanceProfile: *types.IamInstanceProfileSpecification (required)
		// AssociationId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("replace-iam-instance-profile-association", out)
}
