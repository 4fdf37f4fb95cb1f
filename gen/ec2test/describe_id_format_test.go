package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeIdFormat is the parity test of EC2 DescribeIdFormat.
// DescribeIdFormat: Describes the ID format settings for your resources on a per-Region basis, for example, to view which resource types are enabled for longer IDs.
func TestDescribeIdFormat(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeIdFormat(t.Context(), &ec2.DescribeIdFormatInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-id-format", out)
}
