package cloudformationtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	"github.com/awsparity/awsparity/gen/cloudformationtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeStackInstance is the parity test of CloudFormation DescribeStackInstance.
// DescribeStackInstance: Returns the stack instance that's associated with the specified StackSet, Amazon Web Services account, and Amazon Web Services Region.
func TestDescribeStackInstance(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudformationtest.Transformers()...))
	client := newClient(t)
	var stackSet *string
	cloudformationtest.CreateStackSet(t, client, func(in *cloudformation.CreateStackSetInput) { stackSet = in.StackSetName })
	out, err := client.DescribeStackInstance(t.Context(), &cloudformation.DescribeStackInstanceInput{
		StackSetName: stackSet,
		// StackInstanceAccount: *string (required)
		// StackInstanceRegion: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-stack-instance", out)
}
