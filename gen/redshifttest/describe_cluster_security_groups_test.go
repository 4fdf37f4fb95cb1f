package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeClusterSecurityGroups is the parity test of Redshift DescribeClusterSecurityGroups.
// DescribeClusterSecurityGroups: Returns information about Amazon Redshift security groups.
func TestDescribeClusterSecurityGroups(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	var clusterSecurityGroup *string
	redshifttest.CreateClusterSecurityGroup(t, client, func(in *redshift.CreateClusterSecurityGroupInput) { clusterSecurityGroup = in.ClusterSecurityGroupName })
	out, err := client.DescribeClusterSecurityGroups(t.Context(), &redshift.DescribeClusterSecurityGroupsInput{
		ClusterSecurityGroupName: clusterSecurityGroup,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-cluster-security-groups", out)
}
