package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetIpamDiscoveredResourceCidrs is the parity test of EC2 GetIpamDiscoveredResourceCidrs.
// GetIpamDiscoveredResourceCidrs: Returns the resource CIDRs that are monitored as part of a resource discovery.
func TestGetIpamDiscoveredResourceCidrs(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	ipamResourceDiscovery := ec2test.CreateIpamResourceDiscovery(t, client)
	out, err := client.GetIpamDiscoveredResourceCidrs(t.Context(), &ec2.GetIpamDiscoveredResourceCidrsInput{
		IpamResourceDiscoveryId: ipamResourceDiscovery.IpamResourceDiscovery.IpamResourceDiscoveryId,
		// ResourceRegion: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-ipam-discovered-resource-cidrs", out)
}
