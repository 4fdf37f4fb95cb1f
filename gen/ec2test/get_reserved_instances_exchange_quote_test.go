package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetReservedInstancesExchangeQuote is the parity test of EC2 GetReservedInstancesExchangeQuote.
// GetReservedInstancesExchangeQuote: Returns a quote and exchange information for exchanging one or more specified Convertible Reserved Instances for a new Convertible Reserved Instance.
func TestGetReservedInstancesExchangeQuote(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.GetReservedInstancesExchangeQuote(t.Context(), &ec2.GetReservedInstancesExchangeQuoteInput{
		// ReservedInstanceIds: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-reserved-instances-exchange-quote", out)
}
