package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteResourceDataSync is the parity test of SSM DeleteResourceDataSync.
// DeleteResourceDataSync: Deletes a resource data sync configuration.
func TestDeleteResourceDataSync(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	var resourceDataSync *string
	ssmtest.CreateResourceDataSync(t, client, func(in *ssm.CreateResourceDataSyncInput) { resourceDataSync = in.SyncName })
	out, err := client.DeleteResourceDataSync(t.Context(), &ssm.DeleteResourceDataSyncInput{
		SyncName: resourceDataSync,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-resource-data-sync", out)
}
