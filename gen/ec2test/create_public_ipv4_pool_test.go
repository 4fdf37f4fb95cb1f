package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreatePublicIpv4Pool is the parity test of EC2 CreatePublicIpv4Pool.
// CreatePublicIpv4Pool: Creates a public IPv4 address pool.
func TestCreatePublicIpv4Pool(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	// ec2test.CreatePublicIpv4Pool calls CreatePublicIpv4Pool with the input below and deletes the PublicIpv4Pool when the test ends.
	out := ec2test.CreatePublicIpv4Pool(t, client, func(in *ec2.CreatePublicIpv4PoolInput) {
	})
	snap.Match("create-public-ipv4-pool", out)
}
