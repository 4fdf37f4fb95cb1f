package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteClusterParameterGroup is the parity test of Redshift DeleteClusterParameterGroup.
// DeleteClusterParameterGroup: Deletes a specified Amazon Redshift parameter group.
func TestDeleteClusterParameterGroup(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	var clusterParameterGroup *string
	redshifttest.CreateClusterParameterGroup(t, client, func(in *redshift.CreateClusterParameterGroupInput) { clusterParameterGroup = in.ParameterGroupName })
	out, err := client.DeleteClusterParameterGroup(t.Context(), &redshift.DeleteClusterParameterGroupInput{
		ParameterGroupName: clusterParameterGroup,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-cluster-parameter-group", out)
}
