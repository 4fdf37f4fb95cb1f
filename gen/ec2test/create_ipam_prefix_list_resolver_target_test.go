package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateIpamPrefixListResolverTarget is the parity test of EC2 CreateIpamPrefixListResolverTarget.
// CreateIpamPrefixListResolverTarget: Creates an IPAM prefix list resolver target.
func TestCreateIpamPrefixListResolverTarget(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	managedPrefixList := ec2test.CreateManagedPrefixList(t, client)
	out, err := client.CreateIpamPrefixListResolverTarget(t.Context(), &ec2.CreateIpamPrefixListResolverTargetInput{
		// IpamPrefixListResolverId: *string (required)
		PrefixListId: managedPrefixList.PrefixList.PrefixListId,
		// PrefixListRegion: *string (required)
		// TrackLatestVersion: *bool (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-ipam-prefix-list-resolver-target", out)
}
