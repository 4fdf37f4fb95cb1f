package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeReservedNodeExchangeStatus is the parity test of Redshift DescribeReservedNodeExchangeStatus.
// DescribeReservedNodeExchangeStatus: Returns exchange status details and associated metadata for a reserved-node exchange.
func TestDescribeReservedNodeExchangeStatus(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeReservedNodeExchangeStatus(t.Context(), &redshift.DescribeReservedNodeExchangeStatusInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-reserved-node-exchange-status", out)
}
