package opensearchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/opensearch"
	"github.com/awsparity/awsparity/gen/opensearchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPurchaseReservedInstanceOffering is the parity test of OpenSearch PurchaseReservedInstanceOffering.
// PurchaseReservedInstanceOffering: Allows you to purchase Amazon OpenSearch Service Reserved Instances.
func TestPurchaseReservedInstanceOffering(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(opensearchtest.Transformers()...))
	client := newClient(t)
	out, err := client.PurchaseReservedInstanceOffering(t.Context(), &opensearch.PurchaseReservedInstanceOfferingInput{
		// ReservedInstanceOfferingId: *string (required)
		// ReservationName: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("purchase-reserved-instance-offering", out)
}
