package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateIpamPrefixListResolver is the parity test of EC2 CreateIpamPrefixListResolver.
// CreateIpamPrefixListResolver: Creates an IPAM prefix list resolver.
func TestCreateIpamPrefixListResolver(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	ipam := ec2test.CreateIpam(t, client)
	out, err := client.CreateIpamPrefixListResolver(t.Context(), &ec2.CreateIpamPrefixListResolverInput{
		IpamId: ipam.Ipam.IpamId,
		// AddressFamily: types.AddressFamily (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-ipam-prefix-list-resolver", out)
}
