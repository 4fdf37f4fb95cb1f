package cloudformationtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	"github.com/awsparity/awsparity/gen/cloudformationtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListStackRefactorActions is the parity test of CloudFormation ListStackRefactorActions.
// ListStackRefactorActions: Lists the stack refactor actions that will be taken after calling the ExecuteStackRefactor action.
func TestListStackRefactorActions(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudformationtest.Transformers()...))
	client := newClient(t)
	out, err := client.ListStackRefactorActions(t.Context(), &cloudformation.ListStackRefactorActionsInput{
		// StackRefactorId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-stack-refactor-actions", out)
}
