package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetManagedPrefixListEntries is the parity test of EC2 GetManagedPrefixListEntries.
// GetManagedPrefixListEntries: Gets information about the entries for a specified managed prefix list.
func TestGetManagedPrefixListEntries(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	managedPrefixList := ec2test.CreateManagedPrefixList(t, client)
	out, err := client.GetManagedPrefixListEntries(t.Context(), &ec2.GetManagedPrefixListEntriesInput{
		PrefixListId: managedPrefixList.PrefixList.PrefixListId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-managed-prefix-list-entries", out)
}
