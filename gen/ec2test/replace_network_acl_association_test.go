package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestReplaceNetworkAclAssociation is the parity test of EC2 ReplaceNetworkAclAssociation.
// ReplaceNetworkAclAssociation: Changes which network ACL a subnet is associated with.
func TestReplaceNetworkAclAssociation(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.ReplaceNetworkAclAssociation(t.Context(), &ec2.ReplaceNetworkAclAssociationInput{
		// AssociationId: *string (required)
		// NetworkAclId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("replace-network-acl-association", out)
}
