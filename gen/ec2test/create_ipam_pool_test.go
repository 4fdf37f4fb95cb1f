package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateIpamPool is the parity test of EC2 CreateIpamPool.
// CreateIpamPool: Create an IP address pool for Amazon VPC IP Address Manager (IPAM).
func TestCreateIpamPool(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.CreateIpamPool(t.Context(), &ec2.CreateIpamPoolInput{
		// IpamScopeId: *string (required)
		// AddressFamily: types.AddressFamily (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-ipam-pool", out)
}
