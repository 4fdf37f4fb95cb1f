package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetIpamDiscoveredAccounts is the parity test of EC2 GetIpamDiscoveredAccounts.
// GetIpamDiscoveredAccounts: Gets IPAM discovered accounts.
func TestGetIpamDiscoveredAccounts(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	ipamResourceDiscovery := ec2test.CreateIpamResourceDiscovery(t, client)
	out, err := client.GetIpamDiscoveredAccounts(t.Context(), &ec2.GetIpamDiscoveredAccountsInput{
		IpamResourceDiscoveryId: ipamResourceDiscovery.IpamResourceDiscovery.IpamResourceDiscoveryId,
		// DiscoveryRegion: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-ipam-discovered-accounts", out)
}
