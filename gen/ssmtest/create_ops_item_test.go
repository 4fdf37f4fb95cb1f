package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateOpsItem is the parity test of SSM CreateOpsItem.
// CreateOpsItem: Creates a new OpsItem.
func TestCreateOpsItem(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	// ssmtest.CreateOpsItem calls CreateOpsItem with the input below and deletes the OpsItem when the test ends.
	out := ssmtest.CreateOpsItem(t, client, func(in *ssm.CreateOpsItemInput) {
		// in.Description = *string (required)
		// in.Source = *string (required)
		// in.Title = *string (required)
	})
	snap.Match("create-ops-item", out)
}
