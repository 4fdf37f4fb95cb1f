package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUnassignIpv6Addresses is the parity test of EC2 UnassignIpv6Addresses.
// UnassignIpv6Addresses: Unassigns the specified IPv6 addresses or Prefix Delegation prefixes from a network interface.
func TestUnassignIpv6Addresses(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.UnassignIpv6Addresses(t.Context(), &ec2.UnassignIpv6AddressesInput{
		// NetworkInterfaceId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("unassign-ipv6-addresses", out)
}
