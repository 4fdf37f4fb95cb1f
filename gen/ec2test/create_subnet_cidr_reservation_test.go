package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateSubnetCidrReservation is the parity test of EC2 CreateSubnetCidrReservation.
// CreateSubnetCidrReservation: Creates a subnet CIDR reservation.
func TestCreateSubnetCidrReservation(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.CreateSubnetCidrReservation(t.Context(), &ec2.CreateSubnetCidrReservationInput{
		// SubnetId: *string (required)
		// Cidr: *string (required)
		// ReservationType: types.SubnetCidrReservationType (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-subnet-cidr-reservation", out)
}
