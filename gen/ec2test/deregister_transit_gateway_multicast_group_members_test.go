package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeregisterTransitGatewayMulticastGroupMembers is the parity test of EC2 DeregisterTransitGatewayMulticastGroupMembers.
// DeregisterTransitGatewayMulticastGroupMembers: Deregisters the specified members (network interfaces) from the transit gateway multicast group.
func TestDeregisterTransitGatewayMulticastGroupMembers(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.DeregisterTransitGatewayMulticastGroupMembers(t.Context(), &ec2.DeregisterTransitGatewayMulticastGroupMembersInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("deregister-transit-gateway-multicast-group-members", out)
}
