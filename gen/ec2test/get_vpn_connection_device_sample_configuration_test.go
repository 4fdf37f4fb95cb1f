package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetVpnConnectionDeviceSampleConfiguration is the parity test of EC2 GetVpnConnectionDeviceSampleConfiguration.
// GetVpnConnectionDeviceSampleConfiguration: Download an Amazon Web Services-provided sample configuration file to be used with the customer gateway device specified for your Site-to-Site VPN connection.
func TestGetVpnConnectionDeviceSampleConfiguration(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.GetVpnConnectionDeviceSampleConfiguration(t.Context(), &ec2.GetVpnConnectionDeviceSampleConfigurationInput{
		// VpnConnectionId: *string (required)
		// VpnConnectionDeviceTypeId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-vpn-connection-device-sample-configuration", out)
}
