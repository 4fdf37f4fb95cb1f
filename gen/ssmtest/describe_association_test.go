package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeAssociation is the parity test of SSM DescribeAssociation.
// DescribeAssociation: Describes the association for the specified target or managed node.
func TestDescribeAssociation(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	association := ssmtest.CreateAssociation(t, client)
	out, err := client.DescribeAssociation(t.Context(), &ssm.DescribeAssociationInput{
		AssociationId: association.AssociationDescription.AssociationId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-association", out)
}
