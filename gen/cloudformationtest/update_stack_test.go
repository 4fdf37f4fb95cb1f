package cloudformationtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	"github.com/awsparity/awsparity/gen/cloudformationtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateStack is the parity test of CloudFormation UpdateStack.
// UpdateStack: Updates a stack as specified in the template.
func TestUpdateStack(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudformationtest.Transformers()...))
	client := newClient(t)
	var stack *string
	cloudformationtest.CreateStack(t, client, func(in *cloudformation.CreateStackInput) { stack = in.StackName })
	out, err := client.UpdateStack(t.Context(), &cloudformation.UpdateStackInput{
		StackName: stack,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-stack", out)
}
