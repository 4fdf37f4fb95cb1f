package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAssignPrivateIpAddresses is the parity test of EC2 AssignPrivateIpAddresses.
// AssignPrivateIpAddresses: Assigns the specified secondary private IP addresses to the specified network interface.
func TestAssignPrivateIpAddresses(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.AssignPrivateIpAddresses(t.Context(), &ec2.AssignPrivateIpAddressesInput{
		// NetworkInterfaceId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("assign-private-ip-addresses", out)
}
