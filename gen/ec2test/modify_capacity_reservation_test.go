package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyCapacityReservation is the parity test of EC2 ModifyCapacityReservation.
// ModifyCapacityReservation: Modifies a Capacity Reservation's capacity, instance eligibility, and the conditions under which it is to be released.
func TestModifyCapacityReservation(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.ModifyCapacityReservation(t.Context(), &ec2.ModifyCapacityReservationInput{
		// CapacityReservationId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-capacity-reservation", out)
}
