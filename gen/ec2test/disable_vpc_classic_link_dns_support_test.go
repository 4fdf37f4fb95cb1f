package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDisableVpcClassicLinkDnsSupport is the parity test of EC2 DisableVpcClassicLinkDnsSupport.
// DisableVpcClassicLinkDnsSupport: This action is deprecated.
func TestDisableVpcClassicLinkDnsSupport(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	vpc := ec2test.CreateVpc(t, client)
	out, err := client.DisableVpcClassicLinkDnsSupport(t.Context(), &ec2.DisableVpcClassicLinkDnsSupportInput{
		VpcId: vpc.Vpc.VpcId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("disable-vpc-classic-link-dns-support", out)
}
