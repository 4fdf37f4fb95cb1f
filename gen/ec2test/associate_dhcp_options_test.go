package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAssociateDhcpOptions is the parity test of EC2 AssociateDhcpOptions.
// AssociateDhcpOptions: Associates a set of DHCP options (that you've previously created) with the specified VPC, or associates no DHCP options with the VPC.
func TestAssociateDhcpOptions(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	dhcpOptions := ec2test.CreateDhcpOptions(t, client)
	out, err := client.AssociateDhcpOptions(t.Context(), &ec2.AssociateDhcpOptionsInput{
		DhcpOptionsId: dhcpOptions.DhcpOptions.DhcpOptionsId,
		// VpcId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("associate-dhcp-options", out)
}
