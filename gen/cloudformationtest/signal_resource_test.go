package cloudformationtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	"github.com/awsparity/awsparity/gen/cloudformationtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestSignalResource is the parity test of CloudFormation SignalResource.
// SignalResource: Sends a signal to the specified resource with a success or failure status.
func TestSignalResource(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudformationtest.Transformers()...))
	client := newClient(t)
	var stack *string
	cloudformationtest.CreateStack(t, client, func(in *cloudformation.CreateStackInput) { stack = in.StackName })
	out, err := client.SignalResource(t.Context(), &cloudformation.SignalResourceInput{
		StackName: stack,
		// LogicalResourceId: *string (required)
		// UniqueId: *string (required)
		// Status: types.ResourceSignalStatus (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("signal-resource", out)
}
