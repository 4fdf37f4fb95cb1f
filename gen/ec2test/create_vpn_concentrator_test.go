package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateVpnConcentrator is the parity test of EC2 CreateVpnConcentrator.
// CreateVpnConcentrator: Creates a VPN concentrator that aggregates multiple VPN connections to a transit gateway.
func TestCreateVpnConcentrator(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	// ec2test.CreateVpnConcentrator calls CreateVpnConcentrator with the input below and deletes the VpnConcentrator when the test ends.
	out := ec2test.CreateVpnConcentrator(t, client, func(in *ec2.CreateVpnConcentratorInput) {
		// in.Type = types.VpnConcentratorType (required)
	})
	snap.Match("create-vpn-concentrator", out)
}
