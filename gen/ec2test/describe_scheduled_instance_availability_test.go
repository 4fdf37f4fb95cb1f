package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeScheduledInstanceAvailability is the parity test of EC2 DescribeScheduledInstanceAvailability.
// DescribeScheduledInstanceAvailability: Finds available schedules that meet the specified criteria.
func TestDescribeScheduledInstanceAvailability(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeScheduledInstanceAvailability(t.Context(), &ec2.DescribeScheduledInstanceAvailabilityInput{
		// FirstSlotStartTimeRange: *types.SlotDateTimeRangeRequest (required)
		// Recurrence: *types.ScheduledInstanceRecurrenceRequest (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-scheduled-instance-availability", out)
}
