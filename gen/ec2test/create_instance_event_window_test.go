package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateInstanceEventWindow is the parity test of EC2 CreateInstanceEventWindow.
// CreateInstanceEventWindow: Creates an event window in which scheduled events for the associated Amazon EC2 instances can run.
func TestCreateInstanceEventWindow(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	// ec2test.CreateInstanceEventWindow calls CreateInstanceEventWindow with the input below and deletes the InstanceEventWindow when the test ends.
	out := ec2test.CreateInstanceEventWindow(t, client, func(in *ec2.CreateInstanceEventWindowInput) {
	})
	snap.Match("create-instance-event-window", out)
}
