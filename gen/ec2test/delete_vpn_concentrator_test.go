package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteVpnConcentrator is the parity test of EC2 DeleteVpnConcentrator.
// DeleteVpnConcentrator: Deletes the specified VPN concentrator.
func TestDeleteVpnConcentrator(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	vpnConcentrator := ec2test.CreateVpnConcentrator(t, client)
	out, err := client.DeleteVpnConcentrator(t.Context(), &ec2.DeleteVpnConcentratorInput{
		VpnConcentratorId: vpnConcentrator.VpnConcentrator.VpnConcentratorId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-vpn-concentrator", out)
}
