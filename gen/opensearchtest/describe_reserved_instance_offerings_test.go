package opensearchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/opensearch"
	"github.com/awsparity/awsparity/gen/opensearchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeReservedInstanceOfferings is the parity test of OpenSearch DescribeReservedInstanceOfferings.
// DescribeReservedInstanceOfferings: Describes the available Amazon OpenSearch Service Reserved Instance offerings for a given Region.
func TestDescribeReservedInstanceOfferings(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(opensearchtest.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeReservedInstanceOfferings(t.Context(), &opensearch.DescribeReservedInstanceOfferingsInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-reserved-instance-offerings", out)
}
