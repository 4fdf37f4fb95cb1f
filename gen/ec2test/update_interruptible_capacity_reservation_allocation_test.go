package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateInterruptibleCapacityReservationAllocation is the parity test of EC2 UpdateInterruptibleCapacityReservationAllocation.
// UpdateInterruptibleCapacityReservationAllocation: Modifies the number of instances allocated to an interruptible reservation, allowing you to add more capacity or reclaim capacity to your source Capacity Reservation.
func TestUpdateInterruptibleCapacityReservationAllocation(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.UpdateInterruptibleCapacityReservationAllocation(t.Context(), &ec2.UpdateInterruptibleCapacityReservationAllocationInput{
		// CapacityReservationId: *string (required)
		// TargetInstanceCount: *int32 (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-interruptible-capacity-reservation-allocation", out)
}
