package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetManagedPrefixListAssociations is the parity test of EC2 GetManagedPrefixListAssociations.
// GetManagedPrefixListAssociations: Gets information about the resources that are associated with the specified managed prefix list.
func TestGetManagedPrefixListAssociations(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	managedPrefixList := ec2test.CreateManagedPrefixList(t, client)
	out, err := client.GetManagedPrefixListAssociations(t.Context(), &ec2.GetManagedPrefixListAssociationsInput{
		PrefixListId: managedPrefixList.PrefixList.PrefixListId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-managed-prefix-list-associations", out)
}
