package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUnassignPrivateIpAddresses is the parity test of EC2 UnassignPrivateIpAddresses.
// UnassignPrivateIpAddresses: Unassigns the specified secondary private IP addresses or IPv4 Prefix Delegation prefixes from a network interface.
func TestUnassignPrivateIpAddresses(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.UnassignPrivateIpAddresses(t.Context(), &ec2.UnassignPrivateIpAddressesInput{
		// NetworkInterfaceId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("unassign-private-ip-addresses", out)
}
