package cloudformationtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	"github.com/awsparity/awsparity/gen/cloudformationtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListStackSets is the parity test of CloudFormation ListStackSets.
// ListStackSets: Returns summary information about StackSets that are associated with the user.
func TestListStackSets(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudformationtest.Transformers()...))
	client := newClient(t)
	out, err := client.ListStackSets(t.Context(), &cloudformation.ListStackSetsInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-stack-sets", out)
}
