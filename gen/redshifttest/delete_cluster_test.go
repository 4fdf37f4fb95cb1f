package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteCluster is the parity test of Redshift DeleteCluster.
// DeleteCluster: Deletes a previously provisioned cluster without its final snapshot being created.
func TestDeleteCluster(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	var cluster *string
	redshifttest.CreateCluster(t, client, func(in *redshift.CreateClusterInput) { cluster = in.ClusterIdentifier })
	out, err := client.DeleteCluster(t.Context(), &redshift.DeleteClusterInput{
		ClusterIdentifier: cluster,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-cluster", out)
}
