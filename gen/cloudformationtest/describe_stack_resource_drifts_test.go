package cloudformationtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	"github.com/awsparity/awsparity/gen/cloudformationtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeStackResourceDrifts is the parity test of CloudFormation DescribeStackResourceDrifts.
// DescribeStackResourceDrifts: Returns drift information for the resources that have been checked for drift in the specified stack.
func TestDescribeStackResourceDrifts(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudformationtest.Transformers()...))
	client := newClient(t)
	var stack *string
	cloudformationtest.CreateStack(t, client, func(in *cloudformation.CreateStackInput) { stack = in.StackName })
	out, err := client.DescribeStackResourceDrifts(t.Context(), &cloudformation.DescribeStackResourceDriftsInput{
		StackName: stack,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-stack-resource-drifts", out)
}
