package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestMoveCapacityReservationInstances is the parity test of EC2 MoveCapacityReservationInstances.
// MoveCapacityReservationInstances: Move available capacity from a source Capacity Reservation to a destination Capacity Reservation.
func TestMoveCapacityReservationInstances(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.MoveCapacityReservationInstances(t.Context(), &ec2.MoveCapacityReservationInstancesInput{
		// SourceCapacityReservationId: *string (required)
		// DestinationCapacityReservationId: *string (required)
		// InstanceCount: *int32 (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("move-capacity-reservation-instances", out)
}
