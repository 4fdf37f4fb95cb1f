package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateIpam is the parity test of EC2 CreateIpam.
// CreateIpam: Create an IPAM.
func TestCreateIpam(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	// ec2test.CreateIpam calls CreateIpam with the input below and deletes the Ipam when the test ends.
	out := ec2test.CreateIpam(t, client, func(in *ec2.CreateIpamInput) {
	})
	snap.Match("create-ipam", out)
}
