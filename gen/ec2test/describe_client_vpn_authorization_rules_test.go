package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeClientVpnAuthorizationRules is the parity test of EC2 DescribeClientVpnAuthorizationRules.
// DescribeClientVpnAuthorizationRules: Describes the authorization rules for a specified Client VPN endpoint.
func TestDescribeClientVpnAuthorizationRules(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	clientVpnEndpoint := ec2test.CreateClientVpnEndpoint(t, client)
	out, err := client.DescribeClientVpnAuthorizationRules(t.Context(), &ec2.DescribeClientVpnAuthorizationRulesInput{
		ClientVpnEndpointId: clientVpnEndpoint.ClientVpnEndpointId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-client-vpn-authorization-rules", out)
}
