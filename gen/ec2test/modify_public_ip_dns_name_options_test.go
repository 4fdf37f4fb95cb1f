package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyPublicIpDnsNameOptions is the parity test of EC2 ModifyPublicIpDnsNameOptions.
// ModifyPublicIpDnsNameOptions: Modify public hostname options for a network interface.
func TestModifyPublicIpDnsNameOptions(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.ModifyPublicIpDnsNameOptions(t.Context(), &ec2.ModifyPublicIpDnsNameOptionsInput{
		// NetworkInterfaceId: *string (required)
		// HostnameType: types.PublicIpDnsOption (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-public-ip-dns-name-options", out)
}
