package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateDefaultVpc is the parity test of EC2 CreateDefaultVpc.
// CreateDefaultVpc: Creates a default VPC with a size /16 IPv4 CIDR block and a default subnet in each Availability Zone.
func TestCreateDefaultVpc(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.CreateDefaultVpc(t.Context(), &ec2.CreateDefaultVpcInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-default-vpc", out)
}
