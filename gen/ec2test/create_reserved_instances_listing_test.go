package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateReservedInstancesListing is the parity test of EC2 CreateReservedInstancesListing.
// CreateReservedInstancesListing: Creates a listing for Amazon EC2 Standard Reserved Instances to be sold in the Reserved Instance Marketplace.
func TestCreateReservedInstancesListing(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.CreateReservedInstancesListing(t.Context(), &ec2.CreateReservedInstancesListingInput{
		// ReservedInstancesId: *string (required)
		// InstanceCount: *int32 (required)
		// PriceSchedules: []types.PriceScheduleSpecification (required)
		// ClientToken: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-reserved-instances-listing", out)
}
