package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeDataSharesForProducer is the parity test of Redshift DescribeDataSharesForProducer.
// DescribeDataSharesForProducer: Returns a list of datashares when the account identifier being called is a producer account identifier.
func TestDescribeDataSharesForProducer(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeDataSharesForProducer(t.Context(), &redshift.DescribeDataSharesForProducerInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-data-shares-for-producer", out)
}
