package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateInterruptibleCapacityReservationAllocation is the parity test of EC2 CreateInterruptibleCapacityReservationAllocation.
// CreateInterruptibleCapacityReservationAllocation: Creates an interruptible Capacity Reservation by specifying the number of unused instances you want to allocate from your source reservation.
func TestCreateInterruptibleCapacityReservationAllocation(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.CreateInterruptibleCapacityReservationAllocation(t.Context(), &ec2.CreateInterruptibleCapacityReservationAllocationInput{
		// CapacityReservationId: *string (required)
		// InstanceCount: *int32 (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-interruptible-capacity-reservation-allocation", out)
}
