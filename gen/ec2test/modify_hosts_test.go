package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyHosts is the parity test of EC2 ModifyHosts.
// ModifyHosts: Modify the auto-placement setting of a Dedicated Host.
func TestModifyHosts(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.ModifyHosts(t.Context(), &ec2.ModifyHostsInput{
		// HostIds: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-hosts", out)
}
