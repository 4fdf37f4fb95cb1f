package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteDhcpOptions is the parity test of EC2 DeleteDhcpOptions.
// DeleteDhcpOptions: Deletes the specified set of DHCP options.
func TestDeleteDhcpOptions(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	dhcpOptions := ec2test.CreateDhcpOptions(t, client)
	out, err := client.DeleteDhcpOptions(t.Context(), &ec2.DeleteDhcpOptionsInput{
		DhcpOptionsId: dhcpOptions.DhcpOptions.DhcpOptionsId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-dhcp-options", out)
}
