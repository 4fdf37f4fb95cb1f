package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteInstanceEventWindow is the parity test of EC2 DeleteInstanceEventWindow.
// DeleteInstanceEventWindow: Deletes the specified event window.
func TestDeleteInstanceEventWindow(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	instanceEventWindow := ec2test.CreateInstanceEventWindow(t, client)
	out, err := client.DeleteInstanceEventWindow(t.Context(), &ec2.DeleteInstanceEventWindowInput{
		InstanceEventWindowId: instanceEventWindow.InstanceEventWindow.InstanceEventWindowId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-instance-event-window", out)
}
