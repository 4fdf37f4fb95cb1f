package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDisassociateOpsItemRelatedItem is the parity test of SSM DisassociateOpsItemRelatedItem.
// DisassociateOpsItemRelatedItem: Deletes the association between an OpsItem and a related item.
func TestDisassociateOpsItemRelatedItem(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	opsItem := ssmtest.CreateOpsItem(t, client)
	out, err := client.DisassociateOpsItemRelatedItem(t.Context(), &ssm.DisassociateOpsItemRelatedItemInput{
		OpsItemId: opsItem.OpsItemId,
		// AssociationId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("disassociate-ops-item-related-item", out)
}
