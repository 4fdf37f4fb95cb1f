package opensearchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/opensearch"
	"github.com/awsparity/awsparity/gen/opensearchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeInstanceTypeLimits is the parity test of OpenSearch DescribeInstanceTypeLimits.
// DescribeInstanceTypeLimits: Describes the instance count, storage, and master node limits for a given OpenSearch or Elasticsearch version and instance type.
func TestDescribeInstanceTypeLimits(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(opensearchtest.Transformers()...))
	client := newClient(t)
	var domain *string
	opensearchtest.CreateDomain(t, client, func(in *opensearch.CreateDomainInput) { domain = in.DomainName })
	out, err := client.DescribeInstanceTypeLimits(t.Context(), &opensearch.DescribeInstanceTypeLimitsInput{
		DomainName: domain,
		// InstanceType: types.OpenSearchPartitionInstanceType (required)
		// EngineVersion: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-instance-type-limits", out)
}
