package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateOpsItem is the parity test of SSM UpdateOpsItem.
// UpdateOpsItem: Edit or change an OpsItem.
func TestUpdateOpsItem(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	opsItem := ssmtest.CreateOpsItem(t, client)
	out, err := client.UpdateOpsItem(t.Context(), &ssm.UpdateOpsItemInput{
		OpsItemId: opsItem.OpsItemId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-ops-item", out)
}
