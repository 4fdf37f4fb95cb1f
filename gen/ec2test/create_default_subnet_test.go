package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateDefaultSubnet is the parity test of EC2 CreateDefaultSubnet.
// CreateDefaultSubnet: Creates a default subnet with a size /20 IPv4 CIDR block in the specified Availability Zone in your default VPC.
func TestCreateDefaultSubnet(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.CreateDefaultSubnet(t.Context(), &ec2.CreateDefaultSubnetInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-default-subnet", out)
}
