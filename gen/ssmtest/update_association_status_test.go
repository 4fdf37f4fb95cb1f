package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateAssociationStatus is the parity test of SSM UpdateAssociationStatus.
// UpdateAssociationStatus: Updates the status of the Amazon Web Services Systems Manager document (SSM document) associated with the specified managed node.
func TestUpdateAssociationStatus(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	var document *string
	ssmtest.CreateDocument(t, client, func(in *ssm.CreateDocumentInput) { document = in.Name })
	out, err := client.UpdateAssociationStatus(t.Context(), &ssm.UpdateAssociationStatusInput{
		Name: document,
		// InstanceId: *string (required)
		// AssociationStatus: *types.AssociationStatus (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-association-status", out)
}
