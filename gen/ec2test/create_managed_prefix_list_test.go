package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateManagedPrefixList is the parity test of EC2 CreateManagedPrefixList.
// CreateManagedPrefixList: Creates a managed prefix list.
func TestCreateManagedPrefixList(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	// ec2test.CreateManagedPrefixList calls CreateManagedPrefixList with the input below and deletes the ManagedPrefixList when the test ends.
	out := ec2test.CreateManagedPrefixList(t, client, func(in *ec2.CreateManagedPrefixListInput) {
		// in.PrefixListName = *string (required; the fixture sets it)
		// in.MaxEntries = *int32 (required)
		// in.AddressFamily = *string (required)
	})
	snap.Match("create-managed-prefix-list", out)
}
