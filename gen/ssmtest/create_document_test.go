package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateDocument is the parity test of SSM CreateDocument.
// CreateDocument: Creates a Amazon Web Services Systems Manager (SSM document).
func TestCreateDocument(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	// ssmtest.CreateDocument calls CreateDocument with the input below and deletes the Document when the test ends.
	out := ssmtest.CreateDocument(t, client, func(in *ssm.CreateDocumentInput) {
		// in.Content = *string (required)
		// in.Name = *string (required; the fixture sets it)
	})
	snap.Match("create-document", out)
}
