package cloudformationtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	"github.com/awsparity/awsparity/gen/cloudformationtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateStackRefactor is the parity test of CloudFormation CreateStackRefactor.
// CreateStackRefactor: Creates a refactor across multiple stacks, with the list of stacks and resources that are affected.
func TestCreateStackRefactor(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudformationtest.Transformers()...))
	client := newClient(t)
	out, err := client.CreateStackRefactor(t.Context(), &cloudformation.CreateStackRefactorInput{
		// StackDefinitions: []types.StackDefinition (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-stack-refactor", out)
}
