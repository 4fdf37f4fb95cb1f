package cloudformationtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	"github.com/awsparity/awsparity/gen/cloudformationtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListStackInstances is the parity test of CloudFormation ListStackInstances.
// ListStackInstances: Returns summary information about stack instances that are associated with the specified StackSet.
func TestListStackInstances(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudformationtest.Transformers()...))
	client := newClient(t)
	var stackSet *string
	cloudformationtest.CreateStackSet(t, client, func(in *cloudformation.CreateStackSetInput) { stackSet = in.StackSetName })
	out, err := client.ListStackInstances(t.Context(), &cloudformation.ListStackInstancesInput{
		StackSetName: stackSet,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-stack-instances", out)
}
