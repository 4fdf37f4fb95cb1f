package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyInstanceEventStartTime is the parity test of EC2 ModifyInstanceEventStartTime.
// ModifyInstanceEventStartTime: Modifies the start time for a scheduled Amazon EC2 instance event.
func TestModifyInstanceEventStartTime(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.ModifyInstanceEventStartTime(t.Context(), &ec2.ModifyInstanceEventStartTimeInput{
		// InstanceId: *string (required)
		// InstanceEventId: *string (required)
		// NotBefore: *time.Time (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-instance-event-start-time", out)
}
