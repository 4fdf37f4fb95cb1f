package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeAssociationExecutionTargets is the parity test of SSM DescribeAssociationExecutionTargets.
// DescribeAssociationExecutionTargets: Views information about a specific execution of a specific association.
func TestDescribeAssociationExecutionTargets(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	association := ssmtest.CreateAssociation(t, client)
	out, err := client.DescribeAssociationExecutionTargets(t.Context(), &ssm.DescribeAssociationExecutionTargetsInput{
		AssociationId: association.AssociationDescription.AssociationId,
		// ExecutionId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-association-execution-targets", out)
}
