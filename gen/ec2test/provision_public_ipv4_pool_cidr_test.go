package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestProvisionPublicIpv4PoolCidr is the parity test of EC2 ProvisionPublicIpv4PoolCidr.
// ProvisionPublicIpv4PoolCidr: Provision a CIDR to a public IPv4 pool.
func TestProvisionPublicIpv4PoolCidr(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	publicIpv4Pool := ec2test.CreatePublicIpv4Pool(t, client)
	out, err := client.ProvisionPublicIpv4PoolCidr(t.Context(), &ec2.ProvisionPublicIpv4PoolCidrInput{
		// IpamPoolId: *string (required)
		PoolId: publicIpv4Pool.PoolId,
		// NetmaskLength: *int32 (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("provision-public-ipv4-pool-cidr", out)
}
