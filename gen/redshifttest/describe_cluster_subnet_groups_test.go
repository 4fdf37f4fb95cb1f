package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeClusterSubnetGroups is the parity test of Redshift DescribeClusterSubnetGroups.
// DescribeClusterSubnetGroups: Returns one or more cluster subnet group objects, which contain metadata about your cluster subnet groups.
func TestDescribeClusterSubnetGroups(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	var clusterSubnetGroup *string
	redshifttest.CreateClusterSubnetGroup(t, client, func(in *redshift.CreateClusterSubnetGroupInput) { clusterSubnetGroup = in.ClusterSubnetGroupName })
	out, err := client.DescribeClusterSubnetGroups(t.Context(), &redshift.DescribeClusterSubnetGroupsInput{
		ClusterSubnetGroupName: clusterSubnetGroup,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-cluster-subnet-groups", out)
}
