package cloudformationtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	"github.com/awsparity/awsparity/gen/cloudformationtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateStackSet is the parity test of CloudFormation CreateStackSet.
// CreateStackSet: Creates a StackSet.
func TestCreateStackSet(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudformationtest.Transformers()...))
	client := newClient(t)
	// cloudformationtest.CreateStackSet calls CreateStackSet with the input below and deletes the StackSet when the test ends.
	out := cloudformationtest.CreateStackSet(t, client, func(in *cloudformation.CreateStackSetInput) {
		// in.StackSetName = *string (required; the fixture sets it)
	})
	snap.Match("create-stack-set", out)
}
