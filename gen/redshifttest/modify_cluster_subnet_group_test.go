package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyClusterSubnetGroup is the parity test of Redshift ModifyClusterSubnetGroup.
// ModifyClusterSubnetGroup: Modifies a cluster subnet group to include the specified list of VPC subnets.
func TestModifyClusterSubnetGroup(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	var clusterSubnetGroup *string
	redshifttest.CreateClusterSubnetGroup(t, client, func(in *redshift.CreateClusterSubnetGroupInput) { clusterSubnetGroup = in.ClusterSubnetGroupName })
	out, err := client.ModifyClusterSubnetGroup(t.Context(), &redshift.ModifyClusterSubnetGroupInput{
		ClusterSubnetGroupName: clusterSubnetGroup,
		// SubnetIds: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-cluster-subnet-group", out)
}
