package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteNetworkAclEntry is the parity test of EC2 DeleteNetworkAclEntry.
// DeleteNetworkAclEntry: Deletes the specified ingress or egress entry (rule) from the specified network ACL.
func TestDeleteNetworkAclEntry(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.DeleteNetworkAclEntry(t.Context(), &ec2.DeleteNetworkAclEntryInput{
		// NetworkAclId: *string (required)
		// RuleNumber: *int32 (required)
		// Egress: *bool (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-network-acl-entry", out)
}
