package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAttachClassicLinkVpc is the parity test of EC2 AttachClassicLinkVpc.
// AttachClassicLinkVpc: This action is deprecated.
func TestAttachClassicLinkVpc(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	vpc := ec2test.CreateVpc(t, client)
	out, err := client.AttachClassicLinkVpc(t.Context(), &ec2.AttachClassicLinkVpcInput{
		// InstanceId: *string (required)
		VpcId: vpc.Vpc.VpcId,
		// Groups: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("attach-classic-link-vpc", out)
}
