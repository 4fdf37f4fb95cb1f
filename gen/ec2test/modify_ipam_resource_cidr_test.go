package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyIpamResourceCidr is the parity test of EC2 ModifyIpamResourceCidr.
// ModifyIpamResourceCidr: Modify a resource CIDR.
func TestModifyIpamResourceCidr(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.ModifyIpamResourceCidr(t.Context(), &ec2.ModifyIpamResourceCidrInput{
		// ResourceId: *string (required)
		// ResourceCidr: *string (required)
		// ResourceRegion: *string (required)
		// CurrentIpamScopeId: *string (required)
		// Monitored: *bool (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-ipam-resource-cidr", out)
}
