package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestMoveByoipCidrToIpam is the parity test of EC2 MoveByoipCidrToIpam.
// MoveByoipCidrToIpam: Move a BYOIPv4 CIDR to IPAM from a public IPv4 pool.
func TestMoveByoipCidrToIpam(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.MoveByoipCidrToIpam(t.Context(), &ec2.MoveByoipCidrToIpamInput{
		// Cidr: *string (required)
		// IpamPoolId: *string (required)
		// IpamPoolOwner: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("move-byoip-cidr-to-ipam", out)
}
