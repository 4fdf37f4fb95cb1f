package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAssociateInstanceEventWindow is the parity test of EC2 AssociateInstanceEventWindow.
// AssociateInstanceEventWindow: Associates one or more targets with an event window.
func TestAssociateInstanceEventWindow(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	instanceEventWindow := ec2test.CreateInstanceEventWindow(t, client)
	out, err := client.AssociateInstanceEventWindow(t.Context(), &ec2.AssociateInstanceEventWindowInput{
		InstanceEventWindowId: instanceEventWindow.InstanceEventWindow.InstanceEventWindowId,
		// AssociationTarget: *types.InstanceEventWindowAssociationRequest (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("associate-instance-event-window", out)
}
