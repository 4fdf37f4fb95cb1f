package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateResourceDataSync is the parity test of SSM CreateResourceDataSync.
// CreateResourceDataSync: A resource data sync helps you view data from multiple sources in a single location.
func TestCreateResourceDataSync(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	// ssmtest.CreateResourceDataSync calls CreateResourceDataSync with the input below and deletes the ResourceDataSync when the test ends.
	out := ssmtest.CreateResourceDataSync(t, client, func(in *ssm.CreateResourceDataSyncInput) {
		// in.SyncName = *string (required; the fixture sets it)
	})
	snap.Match("create-resource-data-sync", out)
}
