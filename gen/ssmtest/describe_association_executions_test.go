package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeAssociationExecutions is the parity test of SSM DescribeAssociationExecutions.
// DescribeAssociationExecutions: Views all executions for a specific association ID.
func TestDescribeAssociationExecutions(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	association := ssmtest.CreateAssociation(t, client)
	out, err := client.DescribeAssociationExecutions(t.Context(), &ssm.DescribeAssociationExecutionsInput{
		AssociationId: association.AssociationDescription.AssociationId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-association-executions", out)
}
