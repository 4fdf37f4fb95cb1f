package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetVpnConnectionDeviceTypes is the parity test of EC2 GetVpnConnectionDeviceTypes.
// GetVpnConnectionDeviceTypes: Obtain a list of customer gateway devices for which sample configuration files can be provided.
func TestGetVpnConnectionDeviceTypes(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.GetVpnConnectionDeviceTypes(t.Context(), &ec2.GetVpnConnectionDeviceTypesInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-vpn-connection-device-types", out)
}
