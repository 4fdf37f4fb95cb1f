package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyIpamResourceDiscovery is the parity test of EC2 ModifyIpamResourceDiscovery.
// ModifyIpamResourceDiscovery: Modifies a resource discovery.
func TestModifyIpamResourceDiscovery(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	ipamResourceDiscovery := ec2test.CreateIpamResourceDiscovery(t, client)
	out, err := client.ModifyIpamResourceDiscovery(t.Context(), &ec2.ModifyIpamResourceDiscoveryInput{
		IpamResourceDiscoveryId: ipamResourceDiscovery.IpamResourceDiscovery.IpamResourceDiscoveryId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-ipam-resource-discovery", out)
}
