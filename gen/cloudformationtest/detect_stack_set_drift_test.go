package cloudformationtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	"github.com/awsparity/awsparity/gen/cloudformationtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDetectStackSetDrift is the parity test of CloudFormation DetectStackSetDrift.
// DetectStackSetDrift: Detect drift on a StackSet.
func TestDetectStackSetDrift(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudformationtest.Transformers()...))
	client := newClient(t)
	var stackSet *string
	cloudformationtest.CreateStackSet(t, client, func(in *cloudformation.CreateStackSetInput) { stackSet = in.StackSetName })
	out, err := client.DetectStackSetDrift(t.Context(), &cloudformation.DetectStackSetDriftInput{
		StackSetName: stackSet,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("detect-stack-set-drift", out)
}
