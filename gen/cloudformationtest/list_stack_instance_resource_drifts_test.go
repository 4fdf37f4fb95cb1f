package cloudformationtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	"github.com/awsparity/awsparity/gen/cloudformationtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListStackInstanceResourceDrifts is the parity test of CloudFormation ListStackInstanceResourceDrifts.
// ListStackInstanceResourceDrifts: Returns drift information for resources in a stack instance.
func TestListStackInstanceResourceDrifts(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudformationtest.Transformers()...))
	client := newClient(t)
	var stackSet *string
	cloudformationtest.CreateStackSet(t, client, func(in *cloudformation.CreateStackSetInput) { stackSet = in.StackSetName })
	out, err := client.ListStackInstanceResourceDrifts(t.Context(), &cloudformation.ListStackInstanceResourceDriftsInput{
		StackSetName: stackSet,
		// StackInstanceAccount: *string (required)
		// StackInstanceRegion: *string (required)
		// OperationId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-stack-instance-resource-drifts", out)
}
