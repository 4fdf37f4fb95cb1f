package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeClusterDbRevisions is the parity test of Redshift DescribeClusterDbRevisions.
// DescribeClusterDbRevisions: Returns an array of ClusterDbRevision objects.
func TestDescribeClusterDbRevisions(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	var cluster *string
	redshifttest.CreateCluster(t, client, func(in *redshift.CreateClusterInput) { cluster = in.ClusterIdentifier })
	out, err := client.DescribeClusterDbRevisions(t.Context(), &redshift.DescribeClusterDbRevisionsInput{
		ClusterIdentifier: cluster,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-cluster-db-revisions", out)
}
