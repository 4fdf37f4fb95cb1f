package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateClusterSubnetGroup is the parity test of Redshift CreateClusterSubnetGroup.
// CreateClusterSubnetGroup: Creates a new Amazon Redshift subnet group.
func TestCreateClusterSubnetGroup(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	// redshifttest.CreateClusterSubnetGroup calls CreateClusterSubnetGroup with the input below and deletes the ClusterSubnetGroup when the test ends.
	out := redshifttest.CreateClusterSubnetGroup(t, client, func(in *redshift.CreateClusterSubnetGroupInput) {
		// in.ClusterSubnetGroupName = *string (required; the fixture sets it)
		// in.Description = *string (required)
		// in.SubnetIds = []string (required)
	})
	snap.Match("create-cluster-subnet-group", out)
}
