package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateIpamResourceDiscovery is the parity test of EC2 CreateIpamResourceDiscovery.
// CreateIpamResourceDiscovery: Creates an IPAM resource discovery.
func TestCreateIpamResourceDiscovery(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	// ec2test.CreateIpamResourceDiscovery calls CreateIpamResourceDiscovery with the input below and deletes the IpamResourceDiscovery when the test ends.
	out := ec2test.CreateIpamResourceDiscovery(t, client, func(in *ec2.CreateIpamResourceDiscoveryInput) {
	})
	snap.Match("create-ipam-resource-discovery", out)
}
