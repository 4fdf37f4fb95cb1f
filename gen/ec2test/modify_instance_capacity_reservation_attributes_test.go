package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyInstanceCapacityReservationAttributes is the parity test of EC2 ModifyInstanceCapacityReservationAttributes.
// ModifyInstanceCapacityReservationAttributes: Modifies the Capacity Reservation settings for a stopped instance.
func TestModifyInstanceCapacityReservationAttributes(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.ModifyInstanceCapacityReservationAttributes(t.Context(), &ec2.ModifyInstanceCapacityReservationAttributesInput{
		// InstanceId: *string (required)
		// CapacityReservationSpecification: *types.CapacityReservationSpecification (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-instance-capacity-reservation-attributes", out)
}
