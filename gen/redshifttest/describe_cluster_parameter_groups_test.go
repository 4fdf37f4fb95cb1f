package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeClusterParameterGroups is the parity test of Redshift DescribeClusterParameterGroups.
// DescribeClusterParameterGroups: Returns a list of Amazon Redshift parameter groups, including parameter groups you created and the default parameter group.
func TestDescribeClusterParameterGroups(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	var clusterParameterGroup *string
	redshifttest.CreateClusterParameterGroup(t, client, func(in *redshift.CreateClusterParameterGroupInput) { clusterParameterGroup = in.ParameterGroupName })
	out, err := client.DescribeClusterParameterGroups(t.Context(), &redshift.DescribeClusterParameterGroupsInput{
		ParameterGroupName: clusterParameterGroup,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-cluster-parameter-groups", out)
}
