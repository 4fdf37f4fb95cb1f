package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetHostReservationPurchasePreview is the parity test of EC2 GetHostReservationPurchasePreview.
// GetHostReservationPurchasePreview: Preview a reservation purchase with configurations that match those of your Dedicated Host.
func TestGetHostReservationPurchasePreview(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.GetHostReservationPurchasePreview(t.Context(), &ec2.GetHostReservationPurchasePreviewInput{
		// HostIdSet: []string (required)
		// OfferingId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-host-reservation-purchase-preview", out)
}
