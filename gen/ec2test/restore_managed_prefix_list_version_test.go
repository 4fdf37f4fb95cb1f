package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestRestoreManagedPrefixListVersion is the parity test of EC2 RestoreManagedPrefixListVersion.
// RestoreManagedPrefixListVersion: Restores the entries from a previous version of a managed prefix list to a new version of the prefix list.
func TestRestoreManagedPrefixListVersion(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	managedPrefixList := ec2test.CreateManagedPrefixList(t, client)
	out, err := client.RestoreManagedPrefixListVersion(t.Context(), &ec2.RestoreManagedPrefixListVersionInput{
		PrefixListId: managedPrefixList.PrefixList.PrefixListId,
		// PreviousVersion: *int64 (required)
		// CurrentVersion: *int64 (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("restore-managed-prefix-list-version", out)
}
