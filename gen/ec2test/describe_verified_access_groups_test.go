package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeVerifiedAccessGroups is the parity test of EC2 DescribeVerifiedAccessGroups.
// DescribeVerifiedAccessGroups: Describes the specified Verified Access groups.
func TestDescribeVerifiedAccessGroups(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	verifiedAccessInstance := ec2test.CreateVerifiedAccessInstance(t, client)
	out, err := client.DescribeVerifiedAccessGroups(t.Context(), &ec2.DescribeVerifiedAccessGroupsInput{
		VerifiedAccessInstanceId: verifiedAccessInstance.VerifiedAccessInstance.VerifiedAccessInstanceId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-verified-access-groups", out)
}
