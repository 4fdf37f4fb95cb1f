package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeNodeConfigurationOptions is the parity test of Redshift DescribeNodeConfigurationOptions.
// DescribeNodeConfigurationOptions: Returns properties of possible node configurations such as node type, number of nodes, and disk usage for the specified action type.
func TestDescribeNodeConfigurationOptions(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	var cluster *string
	redshifttest.CreateCluster(t, client, func(in *redshift.CreateClusterInput) { cluster = in.ClusterIdentifier })
	out, err := client.DescribeNodeConfigurationOptions(t.Context(), &redshift.DescribeNodeConfigurationOptionsInput{
		// ActionType: types.ActionType (required)
		ClusterIdentifier: cluster,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-node-configuration-options", out)
}
