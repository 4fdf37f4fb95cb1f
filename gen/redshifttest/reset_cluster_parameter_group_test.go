package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestResetClusterParameterGroup is the parity test of Redshift ResetClusterParameterGroup.
// ResetClusterParameterGroup: Sets one or more parameters of the specified parameter group to their default values and sets the source values of the parameters to "engine-default".
func TestResetClusterParameterGroup(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	var clusterParameterGroup *string
	redshifttest.CreateClusterParameterGroup(t, client, func(in *redshift.CreateClusterParameterGroupInput) { clusterParameterGroup = in.ParameterGroupName })
	out, err := client.ResetClusterParameterGroup(t.Context(), &redshift.ResetClusterParameterGroupInput{
		ParameterGroupName: clusterParameterGroup,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("reset-cluster-parameter-group", out)
}
