package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeIdentityIdFormat is the parity test of EC2 DescribeIdentityIdFormat.
// DescribeIdentityIdFormat: Describes the ID format settings for resources for the specified IAM user, IAM role, or root user.
func TestDescribeIdentityIdFormat(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeIdentityIdFormat(t.Context(), &ec2.DescribeIdentityIdFormatInput{
		// PrincipalArn: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-identity-id-format", out)
}
