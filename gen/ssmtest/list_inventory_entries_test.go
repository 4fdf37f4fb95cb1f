package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListInventoryEntries is the parity test of SSM ListInventoryEntries.
// ListInventoryEntries: A list of inventory items returned by the request.
func TestListInventoryEntries(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	out, err := client.ListInventoryEntries(t.Context(), &ssm.ListInventoryEntriesInput{
		// InstanceId: *string (required)
		// TypeName: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-inventory-entries", out)
}
