package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteLocalGatewayVirtualInterfaceGroup is the parity test of EC2 DeleteLocalGatewayVirtualInterfaceGroup.
// DeleteLocalGatewayVirtualInterfaceGroup: Delete the specified local gateway interface group.
func TestDeleteLocalGatewayVirtualInterfaceGroup(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	localGatewayVirtualInterfaceGroup := ec2test.CreateLocalGatewayVirtualInterfaceGroup(t, client)
	out, err := client.DeleteLocalGatewayVirtualInterfaceGroup(t.Context(), &ec2.DeleteLocalGatewayVirtualInterfaceGroupInput{
		LocalGatewayVirtualInterfaceGroupId: localGatewayVirtualInterfaceGroup.LocalGatewayVirtualInterfaceGroup.LocalGatewayVirtualInterfaceGroupId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-local-gateway-virtual-interface-group", out)
}
