package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetOpsItem is the parity test of SSM GetOpsItem.
// GetOpsItem: Get information about an OpsItem by using the ID.
func TestGetOpsItem(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	opsItem := ssmtest.CreateOpsItem(t, client)
	out, err := client.GetOpsItem(t.Context(), &ssm.GetOpsItemInput{
		OpsItemId: opsItem.OpsItemId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-ops-item", out)
}
