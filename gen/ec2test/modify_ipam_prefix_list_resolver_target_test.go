package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyIpamPrefixListResolverTarget is the parity test of EC2 ModifyIpamPrefixListResolverTarget.
// ModifyIpamPrefixListResolverTarget: Modifies an IPAM prefix list resolver target.
func TestModifyIpamPrefixListResolverTarget(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.ModifyIpamPrefixListResolverTarget(t.Context(), &ec2.ModifyIpamPrefixListResolverTargetInput{
		// IpamPrefixListResolverTargetId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-ipam-prefix-list-resolver-target", out)
}
