package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAssociateIamInstanceProfile is the parity test of EC2 AssociateIamInstanceProfile.
// AssociateIamInstanceProfile: Associates an IAM instance profile with a running or stopped instance.
func TestAssociateIamInstanceProfile(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.AssociateIamInstanceProfile(t.Context(), &ec2.AssociateIamInstanceProfileInput{
		// IamInstanceProfile: *types.IamInstanceProfileSpecification (required)
		// InstanceId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("associate-iam-instance-profile", out)
}
