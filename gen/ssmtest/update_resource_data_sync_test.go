package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateResourceDataSync is the parity test of SSM UpdateResourceDataSync.
// UpdateResourceDataSync: Update a resource data sync.
func TestUpdateResourceDataSync(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	var resourceDataSync *string
	ssmtest.CreateResourceDataSync(t, client, func(in *ssm.CreateResourceDataSyncInput) { resourceDataSync = in.SyncName })
	out, err := client.UpdateResourceDataSync(t.Context(), &ssm.UpdateResourceDataSyncInput{
		SyncName: resourceDataSync,
		// SyncType: *string (required)
		// SyncSource: *types.ResourceDataSyncSource (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-resource-data-sync", out)
}
