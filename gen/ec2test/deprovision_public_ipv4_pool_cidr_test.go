package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeprovisionPublicIpv4PoolCidr is the parity test of EC2 DeprovisionPublicIpv4PoolCidr.
// DeprovisionPublicIpv4PoolCidr: Deprovision a CIDR from a public IPv4 pool.
func TestDeprovisionPublicIpv4PoolCidr(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	publicIpv4Pool := ec2test.CreatePublicIpv4Pool(t, client)
	out, err := client.DeprovisionPublicIpv4PoolCidr(t.Context(), &ec2.DeprovisionPublicIpv4PoolCidrInput{
		PoolId: publicIpv4Pool.PoolId,
		// Cidr: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("deprovision-public-ipv4-pool-cidr", out)
}
