package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateDocumentMetadata is the parity test of SSM UpdateDocumentMetadata.
// UpdateDocumentMetadata: Amazon Web Services Systems Manager Change Manager is no longer open to new customers.
func TestUpdateDocumentMetadata(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	var document *string
	ssmtest.CreateDocument(t, client, func(in *ssm.CreateDocumentInput) { document = in.Name })
	out, err := client.UpdateDocumentMetadata(t.Context(), &ssm.UpdateDocumentMetadataInput{
		Name: document,
		// DocumentReviews: *types.DocumentReviews (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-document-metadata", out)
}
