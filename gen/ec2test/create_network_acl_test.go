package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateNetworkAcl is the parity test of EC2 CreateNetworkAcl.
// CreateNetworkAcl: Creates a network ACL in a VPC.
func TestCreateNetworkAcl(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	vpc := ec2test.CreateVpc(t, client)
	out, err := client.CreateNetworkAcl(t.Context(), &ec2.CreateNetworkAclInput{
		VpcId: vpc.Vpc.VpcId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-network-acl", out)
}
