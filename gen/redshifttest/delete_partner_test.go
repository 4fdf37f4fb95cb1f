package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeletePartner is the parity test of Redshift DeletePartner.
// DeletePartner: Deletes a partner integration from a cluster.
func TestDeletePartner(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	var cluster *string
	redshifttest.CreateCluster(t, client, func(in *redshift.CreateClusterInput) { cluster = in.ClusterIdentifier })
	out, err := client.DeletePartner(t.Context(), &redshift.DeletePartnerInput{
		// AccountId: *string (required)
		ClusterIdentifier: cluster,
		// DatabaseName: *string (required)
		// PartnerName: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-partner", out)
}
