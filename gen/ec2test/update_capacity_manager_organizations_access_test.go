package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateCapacityManagerOrganizationsAccess is the parity test of EC2 UpdateCapacityManagerOrganizationsAccess.
// UpdateCapacityManagerOrganizationsAccess: Updates the Organizations access setting for EC2 Capacity Manager.
func TestUpdateCapacityManagerOrganizationsAccess(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.UpdateCapacityManagerOrganizationsAccess(t.Context(), &ec2.UpdateCapacityManagerOrganizationsAccessInput{
		// OrganizationsAccess: *bool (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-capacity-manager-organizations-access", out)
}
