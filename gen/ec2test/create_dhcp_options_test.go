package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateDhcpOptions is the parity test of EC2 CreateDhcpOptions.
// CreateDhcpOptions: Creates a custom set of DHCP options.
func TestCreateDhcpOptions(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	// ec2test.CreateDhcpOptions calls CreateDhcpOptions with the input below and deletes the DhcpOptions when the test ends.
	out := ec2test.CreateDhcpOptions(t, client, func(in *ec2.CreateDhcpOptionsInput) {
		// in.DhcpConfigurations = []types.NewDhcpConfiguration (required)
	})
	snap.Match("create-dhcp-options", out)
}
