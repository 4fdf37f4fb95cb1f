package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeClusters is the parity test of Redshift DescribeClusters.
// DescribeClusters: Returns properties of provisioned clusters including general cluster properties, cluster database properties, maintenance and backup properties, and security and access properties.
func TestDescribeClusters(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	var cluster *string
	redshifttest.CreateCluster(t, client, func(in *redshift.CreateClusterInput) { cluster = in.ClusterIdentifier })
	out, err := client.DescribeClusters(t.Context(), &redshift.DescribeClustersInput{
		ClusterIdentifier: cluster,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-clusters", out)
}
