package cloudformationtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	"github.com/awsparity/awsparity/gen/cloudformationtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestImportStacksToStackSet is the parity test of CloudFormation ImportStacksToStackSet.
// ImportStacksToStackSet: Import existing stacks into a new StackSets.
func TestImportStacksToStackSet(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudformationtest.Transformers()...))
	client := newClient(t)
	var stackSet *string
	cloudformationtest.CreateStackSet(t, client, func(in *cloudformation.CreateStackSetInput) { stackSet = in.StackSetName })
	out, err := client.ImportStacksToStackSet(t.Context(), &cloudformation.ImportStacksToStackSetInput{
		StackSetName: stackSet,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("import-stacks-to-stack-set", out)
}
