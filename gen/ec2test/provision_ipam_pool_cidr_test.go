package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestProvisionIpamPoolCidr is the parity test of EC2 ProvisionIpamPoolCidr.
// ProvisionIpamPoolCidr: Provision a CIDR to an IPAM pool.
func TestProvisionIpamPoolCidr(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.ProvisionIpamPoolCidr(t.Context(), &ec2.ProvisionIpamPoolCidrInput{
		// IpamPoolId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("provision-ipam-pool-cidr", out)
}
