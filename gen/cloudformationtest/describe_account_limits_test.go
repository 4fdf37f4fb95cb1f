package cloudformationtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	"github.com/awsparity/awsparity/gen/cloudformationtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeAccountLimits is the parity test of CloudFormation DescribeAccountLimits.
// DescribeAccountLimits: Retrieves your account's CloudFormation limits, such as the maximum number of stacks that you can create in your account.
func TestDescribeAccountLimits(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudformationtest.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeAccountLimits(t.Context(), &cloudformation.DescribeAccountLimitsInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-account-limits", out)
}
