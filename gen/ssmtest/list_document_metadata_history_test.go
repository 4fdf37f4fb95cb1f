package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListDocumentMetadataHistory is the parity test of SSM ListDocumentMetadataHistory.
// ListDocumentMetadataHistory: Amazon Web Services Systems Manager Change Manager is no longer open to new customers.
func TestListDocumentMetadataHistory(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	var document *string
	ssmtest.CreateDocument(t, client, func(in *ssm.CreateDocumentInput) { document = in.Name })
	out, err := client.ListDocumentMetadataHistory(t.Context(), &ssm.ListDocumentMetadataHistoryInput{
		Name: document,
		// Metadata: types.DocumentMetadataEnum (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-document-metadata-history", out)
}
