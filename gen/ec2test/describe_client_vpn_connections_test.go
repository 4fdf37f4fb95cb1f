package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeClientVpnConnections is the parity test of EC2 DescribeClientVpnConnections.
// DescribeClientVpnConnections: Describes active client connections and connections that have been terminated within the last 60 minutes for the specified Client VPN endpoint.
func TestDescribeClientVpnConnections(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	clientVpnEndpoint := ec2test.CreateClientVpnEndpoint(t, client)
	out, err := client.DescribeClientVpnConnections(t.Context(), &ec2.DescribeClientVpnConnectionsInput{
		ClientVpnEndpointId: clientVpnEndpoint.ClientVpnEndpointId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-client-vpn-connections", out)
}
