package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateDelegateMacVolumeOwnershipTask is the parity test of EC2 CreateDelegateMacVolumeOwnershipTask.
// CreateDelegateMacVolumeOwnershipTask: Delegates ownership of the Amazon EBS root volume for an Apple silicon Mac instance to an administrative user.
func TestCreateDelegateMacVolumeOwnershipTask(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.CreateDelegateMacVolumeOwnershipTask(t.Context(), &ec2.CreateDelegateMacVolumeOwnershipTaskInput{
		// InstanceId: *string (required)
		// MacCredentials: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-delegate-mac-volume-ownership-task", out)
}
