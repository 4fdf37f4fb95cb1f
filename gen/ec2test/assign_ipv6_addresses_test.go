package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAssignIpv6Addresses is the parity test of EC2 AssignIpv6Addresses.
// AssignIpv6Addresses: Assigns the specified IPv6 addresses to the specified network interface.
func TestAssignIpv6Addresses(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.AssignIpv6Addresses(t.Context(), &ec2.AssignIpv6AddressesInput{
		// NetworkInterfaceId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("assign-ipv6-addresses", out)
}
