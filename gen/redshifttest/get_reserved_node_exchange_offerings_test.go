package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetReservedNodeExchangeOfferings is the parity test of Redshift GetReservedNodeExchangeOfferings.
// GetReservedNodeExchangeOfferings: Returns an array of DC2 ReservedNodeOfferings that matches the payment type, term, and usage price of the given DC1 reserved node.
func TestGetReservedNodeExchangeOfferings(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	out, err := client.GetReservedNodeExchangeOfferings(t.Context(), &redshift.GetReservedNodeExchangeOfferingsInput{
		// ReservedNodeId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-reserved-node-exchange-offerings", out)
}
