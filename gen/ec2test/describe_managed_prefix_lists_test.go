package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeManagedPrefixLists is the parity test of EC2 DescribeManagedPrefixLists.
// DescribeManagedPrefixLists: Describes your managed prefix lists and any Amazon Web Services-managed prefix lists.
func TestDescribeManagedPrefixLists(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeManagedPrefixLists(t.Context(), &ec2.DescribeManagedPrefixListsInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-managed-prefix-lists", out)
}
