package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyInstanceEventWindow is the parity test of EC2 ModifyInstanceEventWindow.
// ModifyInstanceEventWindow: Modifies the specified event window.
func TestModifyInstanceEventWindow(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	instanceEventWindow := ec2test.CreateInstanceEventWindow(t, client)
	out, err := client.ModifyInstanceEventWindow(t.Context(), &ec2.ModifyInstanceEventWindowInput{
		InstanceEventWindowId: instanceEventWindow.InstanceEventWindow.InstanceEventWindowId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-instance-event-window", out)
}
