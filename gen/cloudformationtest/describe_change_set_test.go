package cloudformationtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	"github.com/awsparity/awsparity/gen/cloudformationtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeChangeSet is the parity test of CloudFormation DescribeChangeSet.
// DescribeChangeSet: Returns the inputs for the change set and a list of changes that CloudFormation will make if you execute the change set.
func TestDescribeChangeSet(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudformationtest.Transformers()...))
	client := newClient(t)
	var stack *string
	cloudformationtest.CreateStack(t, client, func(in *cloudformation.CreateStackInput) { stack = in.StackName })
	out, err := client.DescribeChangeSet(t.Context(), &cloudformation.DescribeChangeSetInput{
		// ChangeSetName: *string (required)
		StackName: stack,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-change-set", out)
}
