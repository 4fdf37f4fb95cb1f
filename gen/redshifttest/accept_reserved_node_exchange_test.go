package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAcceptReservedNodeExchange is the parity test of Redshift AcceptReservedNodeExchange.
// AcceptReservedNodeExchange: Exchanges a DC1 Reserved Node for a DC2 Reserved Node with no changes to the configuration (term, payment type, or number of nodes) and no additional costs.
func TestAcceptReservedNodeExchange(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	out, err := client.AcceptReservedNodeExchange(t.Context(), &redshift.AcceptReservedNodeExchangeInput{
		// ReservedNodeId: *string (required)
		// TargetReservedNodeOfferingId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("accept-reserved-node-exchange", out)
}
