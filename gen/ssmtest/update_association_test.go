package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateAssociation is the parity test of SSM UpdateAssociation.
// UpdateAssociation: Updates an association.
func TestUpdateAssociation(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	association := ssmtest.CreateAssociation(t, client)
	out, err := client.UpdateAssociation(t.Context(), &ssm.UpdateAssociationInput{
		AssociationId: association.AssociationDescription.AssociationId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-association", out)
}
