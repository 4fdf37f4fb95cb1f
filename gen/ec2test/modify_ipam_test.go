package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyIpam is the parity test of EC2 ModifyIpam.
// ModifyIpam: Modify the configurations of an IPAM.
func TestModifyIpam(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	ipam := ec2test.CreateIpam(t, client)
	out, err := client.ModifyIpam(t.Context(), &ec2.ModifyIpamInput{
		IpamId: ipam.Ipam.IpamId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-ipam", out)
}
