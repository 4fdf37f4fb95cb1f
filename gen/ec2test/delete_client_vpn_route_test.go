package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteClientVpnRoute is the parity test of EC2 DeleteClientVpnRoute.
// DeleteClientVpnRoute: Deletes a route from a Client VPN endpoint.
func TestDeleteClientVpnRoute(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	clientVpnEndpoint := ec2test.CreateClientVpnEndpoint(t, client)
	out, err := client.DeleteClientVpnRoute(t.Context(), &ec2.DeleteClientVpnRouteInput{
		ClientVpnEndpointId: clientVpnEndpoint.ClientVpnEndpointId,
		// DestinationCidrBlock: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-client-vpn-route", out)
}
