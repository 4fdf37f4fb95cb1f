package cloudformationtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	"github.com/awsparity/awsparity/gen/cloudformationtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListStackSetAutoDeploymentTargets is the parity test of CloudFormation ListStackSetAutoDeploymentTargets.
// ListStackSetAutoDeploymentTargets: Returns summary information about deployment targets for a StackSet.
func TestListStackSetAutoDeploymentTargets(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudformationtest.Transformers()...))
	client := newClient(t)
	var stackSet *string
	cloudformationtest.CreateStackSet(t, client, func(in *cloudformation.CreateStackSetInput) { stackSet = in.StackSetName })
	out, err := client.ListStackSetAutoDeploymentTargets(t.Context(), &cloudformation.ListStackSetAutoDeploymentTargetsInput{
		StackSetName: stackSet,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-stack-set-auto-deployment-targets", out)
}
