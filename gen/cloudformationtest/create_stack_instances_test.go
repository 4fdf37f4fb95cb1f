package cloudformationtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	"github.com/awsparity/awsparity/gen/cloudformationtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateStackInstances is the parity test of CloudFormation CreateStackInstances.
// CreateStackInstances: Creates stack instances for the specified accounts, within the specified Amazon Web Services Regions.
func TestCreateStackInstances(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudformationtest.Transformers()...))
	client := newClient(t)
	var stackSet *string
	cloudformationtest.CreateStackSet(t, client, func(in *cloudformation.CreateStackSetInput) { stackSet = in.StackSetName })
	out, err := client.CreateStackInstances(t.Context(), &cloudformation.CreateStackInstancesInput{
		StackSetName: stackSet,
		// Regions: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-stack-instances", out)
}
