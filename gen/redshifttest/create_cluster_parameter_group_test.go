package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateClusterParameterGroup is the parity test of Redshift CreateClusterParameterGroup.
// CreateClusterParameterGroup: Creates an Amazon Redshift parameter group.
func TestCreateClusterParameterGroup(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	// redshifttest.CreateClusterParameterGroup calls CreateClusterParameterGroup with the input below and deletes the ClusterParameterGroup when the test ends.
	out := redshifttest.CreateClusterParameterGroup(t, client, func(in *redshift.CreateClusterParameterGroupInput) {
		// in.ParameterGroupName = *string (required; the fixture sets it)
		// in.ParameterGroupFamily = *string (required)
		// in.Description = *string (required)
	})
	snap.Match("create-cluster-parameter-group", out)
}
