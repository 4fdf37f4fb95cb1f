package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdatePartnerStatus is the parity test of Redshift UpdatePartnerStatus.
// UpdatePartnerStatus: Updates the status of a partner integration.
func TestUpdatePartnerStatus(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	var cluster *string
	redshifttest.CreateCluster(t, client, func(in *redshift.CreateClusterInput) { cluster = in.ClusterIdentifier })
	out, err := client.UpdatePartnerStatus(t.Context(), &redshift.UpdatePartnerStatusInput{
		// AccountId: *string (required)
		ClusterIdentifier: cluster,
		// DatabaseName: *string (required)
		// PartnerName: *string (required)
		// Status: types.PartnerIntegrationStatus (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-partner-status", out)
}
