package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyClusterParameterGroup is the parity test of Redshift ModifyClusterParameterGroup.
// ModifyClusterParameterGroup: Modifies the parameters of a parameter group.
func TestModifyClusterParameterGroup(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	var clusterParameterGroup *string
	redshifttest.CreateClusterParameterGroup(t, client, func(in *redshift.CreateClusterParameterGroupInput) { clusterParameterGroup = in.ParameterGroupName })
	out, err := client.ModifyClusterParameterGroup(t.Context(), &redshift.ModifyClusterParameterGroupInput{
		ParameterGroupName: clusterParameterGroup,
		// Parameters: []types.Parameter (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-cluster-parameter-group", out)
}
