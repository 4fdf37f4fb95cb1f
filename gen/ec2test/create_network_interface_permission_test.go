package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateNetworkInterfacePermission is the parity test of EC2 CreateNetworkInterfacePermission.
// CreateNetworkInterfacePermission: Grants an Amazon Web Services-authorized account permission to attach the specified network interface to an instance in their account.
func TestCreateNetworkInterfacePermission(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.CreateNetworkInterfacePermission(t.Context(), &ec2.CreateNetworkInterfacePermissionInput{
		// NetworkInterfaceId: *string (required)
		// Permission: types.InterfacePermissionType (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-network-interface-permission", out)
}
