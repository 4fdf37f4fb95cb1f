package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateClusterSecurityGroup is the parity test of Redshift CreateClusterSecurityGroup.
// CreateClusterSecurityGroup: Creates a new Amazon Redshift security group.
func TestCreateClusterSecurityGroup(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	// redshifttest.CreateClusterSecurityGroup calls CreateClusterSecurityGroup with the input below and deletes the ClusterSecurityGroup when the test ends.
	out := redshifttest.CreateClusterSecurityGroup(t, client, func(in *redshift.CreateClusterSecurityGroupInput) {
		// in.ClusterSecurityGroupName = *string (required; the fixture sets it)
		// in.Description = *string (required)
	})
	snap.Match("create-cluster-security-group", out)
}
