package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateCapacityReservation is the parity test of EC2 CreateCapacityReservation.
// CreateCapacityReservation: Creates a new Capacity Reservation with the specified attributes.
func TestCreateCapacityReservation(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.CreateCapacityReservation(t.Context(), &ec2.CreateCapacityReservationInput{
		// InstanceType: *string (required)
		// InstancePlatform: types.CapacityReservationInstancePlatform (required)
		// InstanceCount: *int32 (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-capacity-reservation", out)
}
