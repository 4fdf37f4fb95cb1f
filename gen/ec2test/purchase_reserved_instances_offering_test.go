package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPurchaseReservedInstancesOffering is the parity test of EC2 PurchaseReservedInstancesOffering.
// PurchaseReservedInstancesOffering: Purchases a Reserved Instance for use with your account.
func TestPurchaseReservedInstancesOffering(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.PurchaseReservedInstancesOffering(t.Context(), &ec2.PurchaseReservedInstancesOfferingInput{
		// InstanceCount: *int32 (required)
		// ReservedInstancesOfferingId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("purchase-reserved-instances-offering", out)
}
