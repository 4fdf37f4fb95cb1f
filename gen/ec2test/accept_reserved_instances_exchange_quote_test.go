package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAcceptReservedInstancesExchangeQuote is the parity test of EC2 AcceptReservedInstancesExchangeQuote.
// AcceptReservedInstancesExchangeQuote: Accepts the Convertible Reserved Instance exchange quote described in the GetReservedInstancesExchangeQuote call.
func TestAcceptReservedInstancesExchangeQuote(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.AcceptReservedInstancesExchangeQuote(t.Context(), &ec2.AcceptReservedInstancesExchangeQuoteInput{
		// ReservedInstanceIds: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("accept-reserved-instances-exchange-quote", out)
}
