package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateCluster is the parity test of Redshift CreateCluster.
// CreateCluster: Creates a new cluster with the specified parameters.
func TestCreateCluster(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	// redshifttest.CreateCluster calls CreateCluster with the input below and deletes the Cluster when the test ends.
	out := redshifttest.CreateCluster(t, client, func(in *redshift.CreateClusterInput) {
		// in.ClusterIdentifier = *string (required; the fixture sets it)
		// in.NodeType = *string (required)
		// in.MasterUsername = *string (required)
	})
	snap.Match("create-cluster", out)
}
