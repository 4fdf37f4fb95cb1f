package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAcceptCapacityReservationBillingOwnership is the parity test of EC2 AcceptCapacityReservationBillingOwnership.
// AcceptCapacityReservationBillingOwnership: Accepts a request to assign billing of the available capacity of a shared Capacity Reservation to your account.
func TestAcceptCapacityReservationBillingOwnership(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.AcceptCapacityReservationBillingOwnership(t.Context(), &ec2.AcceptCapacityReservationBillingOwnershipInput{
		// CapacityReservationId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("accept-capacity-reservation-billing-ownership", out)
}
