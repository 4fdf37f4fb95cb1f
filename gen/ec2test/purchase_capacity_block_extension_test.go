package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPurchaseCapacityBlockExtension is the parity test of EC2 PurchaseCapacityBlockExtension.
// PurchaseCapacityBlockExtension: Purchase the Capacity Block extension for use with your account.
func TestPurchaseCapacityBlockExtension(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.PurchaseCapacityBlockExtension(t.Context(), &ec2.PurchaseCapacityBlockExtensionInput{
		// CapacityBlockExtensionOfferingId: *string (required)
		// CapacityReservationId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("purchase-capacity-block-extension", out)
}
