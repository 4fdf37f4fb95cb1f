package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetIpamPoolAllocations is the parity test of EC2 GetIpamPoolAllocations.
// GetIpamPoolAllocations: Get a list of all the CIDR allocations in an IPAM pool.
func TestGetIpamPoolAllocations(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.GetIpamPoolAllocations(t.Context(), &ec2.GetIpamPoolAllocationsInput{
		// IpamPoolId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-ipam-pool-allocations", out)
}
