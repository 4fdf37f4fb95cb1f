package cloudformationtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	"github.com/awsparity/awsparity/gen/cloudformationtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateStack is the parity test of CloudFormation CreateStack.
// CreateStack: Creates a stack as specified in the template.
func TestCreateStack(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudformationtest.Transformers()...))
	client := newClient(t)
	// cloudformationtest.CreateStack calls CreateStack with the input below and deletes the Stack when the test ends.
	out := cloudformationtest.CreateStack(t, client, func(in *cloudformation.CreateStackInput) {
		// in.StackName = *string (required; the fixture sets it)
	})
	snap.Match("create-stack", out)
}
