package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeCapacityReservationBillingRequests is the parity test of EC2 DescribeCapacityReservationBillingRequests.
// DescribeCapacityReservationBillingRequests: Describes a request to assign the billing of the unused capacity of a Capacity Reservation.
func TestDescribeCapacityReservationBillingRequests(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeCapacityReservationBillingRequests(t.Context(), &ec2.DescribeCapacityReservationBillingRequestsInput{
		// Role: types.CallerRole (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-capacity-reservation-billing-requests", out)
}
