package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAssociateCapacityReservationBillingOwner is the parity test of EC2 AssociateCapacityReservationBillingOwner.
// AssociateCapacityReservationBillingOwner: Initiates a request to assign billing of the unused capacity of a shared Capacity Reservation to a consumer account that is consolidated under the same Amazon Web Services organizations payer account.
func TestAssociateCapacityReservationBillingOwner(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.AssociateCapacityReservationBillingOwner(t.Context(), &ec2.AssociateCapacityReservationBillingOwnerInput{
		// CapacityReservationId: *string (required)
		// UnusedReservationBillingOwnerId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("associate-capacity-reservation-billing-owner", out)
}
