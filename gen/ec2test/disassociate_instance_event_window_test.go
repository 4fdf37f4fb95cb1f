package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDisassociateInstanceEventWindow is the parity test of EC2 DisassociateInstanceEventWindow.
// DisassociateInstanceEventWindow: Disassociates one or more targets from an event window.
func TestDisassociateInstanceEventWindow(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	instanceEventWindow := ec2test.CreateInstanceEventWindow(t, client)
	out, err := client.DisassociateInstanceEventWindow(t.Context(), &ec2.DisassociateInstanceEventWindowInput{
		InstanceEventWindowId: instanceEventWindow.InstanceEventWindow.InstanceEventWindowId,
		// AssociationTarget: *types.InstanceEventWindowDisassociationRequest (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("disassociate-instance-event-window", out)
}
