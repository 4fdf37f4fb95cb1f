package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAssociateIpamResourceDiscovery is the parity test of EC2 AssociateIpamResourceDiscovery.
// AssociateIpamResourceDiscovery: Associates an IPAM resource discovery with an Amazon VPC IPAM.
func TestAssociateIpamResourceDiscovery(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	ipam := ec2test.CreateIpam(t, client)
	out, err := client.AssociateIpamResourceDiscovery(t.Context(), &ec2.AssociateIpamResourceDiscoveryInput{
		IpamId: ipam.Ipam.IpamId,
		// IpamResourceDiscoveryId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("associate-ipam-resource-discovery", out)
}
