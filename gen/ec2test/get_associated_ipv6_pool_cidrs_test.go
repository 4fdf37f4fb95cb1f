package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetAssociatedIpv6PoolCidrs is the parity test of EC2 GetAssociatedIpv6PoolCidrs.
// GetAssociatedIpv6PoolCidrs: Gets information about the IPv6 CIDR block associations for a specified IPv6 address pool.
func TestGetAssociatedIpv6PoolCidrs(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	publicIpv4Pool := ec2test.CreatePublicIpv4Pool(t, client)
	out, err := client.GetAssociatedIpv6PoolCidrs(t.Context(), &ec2.GetAssociatedIpv6PoolCidrsInput{
		PoolId: publicIpv4Pool.PoolId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-associated-ipv6-pool-cidrs", out)
}
