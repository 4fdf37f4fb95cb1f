package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestReplaceNetworkAclEntry is the parity test of EC2 ReplaceNetworkAclEntry.
// ReplaceNetworkAclEntry: Replaces an entry (rule) in a network ACL.
func TestReplaceNetworkAclEntry(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.ReplaceNetworkAclEntry(t.Context(), &ec2.ReplaceNetworkAclEntryInput{
		// NetworkAclId: *string (required)
		// RuleNumber: *int32 (required)
		// Protocol: *string (required)
		// RuleAction: types.RuleAction (required)
		// Egress: *bool (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("replace-network-acl-entry", out)
}
