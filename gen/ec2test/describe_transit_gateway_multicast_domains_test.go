package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeTransitGatewayMulticastDomains is the parity test of EC2 DescribeTransitGatewayMulticastDomains.
// DescribeTransitGatewayMulticastDomains: Describes one or more transit gateway multicast domains.
func TestDescribeTransitGatewayMulticastDomains(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeTransitGatewayMulticastDomains(t.Context(), &ec2.DescribeTransitGatewayMulticastDomainsInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-transit-gateway-multicast-domains", out)
}
