package cloudformationtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	"github.com/awsparity/awsparity/gen/cloudformationtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateChangeSet is the parity test of CloudFormation CreateChangeSet.
// CreateChangeSet: Creates a list of changes that will be applied to a stack so that you can review the changes before executing them.
func TestCreateChangeSet(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudformationtest.Transformers()...))
	client := newClient(t)
	var stack *string
	cloudformationtest.CreateStack(t, client, func(in *cloudformation.CreateStackInput) { stack = in.StackName })
	out, err := client.CreateChangeSet(t.Context(), &cloudformation.CreateChangeSetInput{
		StackName: stack,
		// ChangeSetName: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-change-set", out)
}
