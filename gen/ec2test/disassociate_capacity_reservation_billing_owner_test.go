package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDisassociateCapacityReservationBillingOwner is the parity test of EC2 DisassociateCapacityReservationBillingOwner.
// DisassociateCapacityReservationBillingOwner: Cancels a pending request to assign billing of the unused capacity of a Capacity Reservation to a consumer account, or revokes a request that has already been accepted.
func TestDisassociateCapacityReservationBillingOwner(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.DisassociateCapacityReservationBillingOwner(t.Context(), &ec2.DisassociateCapacityReservationBillingOwnerInput{
		// CapacityReservationId: *string (required)
		// UnusedReservationBillingOwnerId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("disassociate-capacity-reservation-billing-owner", out)
}
