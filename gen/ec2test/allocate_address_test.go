package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestAllocateAddress is the parity test of EC2 AllocateAddress.
// AllocateAddress: Allocates an Elastic IP address to your Amazon Web Services account.
func TestAllocateAddress(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	// ec2test.CreateAddress calls AllocateAddress with the input below and deletes the Address when the test ends.
	out := ec2test.CreateAddress(t, client, func(in *ec2.AllocateAddressInput) {
	})
	snap.Match("allocate-address", out)
}
