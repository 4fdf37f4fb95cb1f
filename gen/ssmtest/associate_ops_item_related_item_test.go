package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAssociateOpsItemRelatedItem is the parity test of SSM AssociateOpsItemRelatedItem.
// AssociateOpsItemRelatedItem: Associates a related item to a Systems Manager OpsCenter OpsItem.
func TestAssociateOpsItemRelatedItem(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	opsItem := ssmtest.CreateOpsItem(t, client)
	out, err := client.AssociateOpsItemRelatedItem(t.Context(), &ssm.AssociateOpsItemRelatedItemInput{
		OpsItemId: opsItem.OpsItemId,
		// AssociationType: *string (required)
		// ResourceType: *string (required)
		// ResourceUri: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("associate-ops-item-related-item", out)
}
