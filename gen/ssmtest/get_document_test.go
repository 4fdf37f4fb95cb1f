package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetDocument is the parity test of SSM GetDocument.
// GetDocument: Gets the contents of the specified Amazon Web Services Systems Manager document (SSM document).
func TestGetDocument(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	var document *string
	ssmtest.CreateDocument(t, client, func(in *ssm.CreateDocumentInput) { document = in.Name })
	out, err := client.GetDocument(t.Context(), &ssm.GetDocumentInput{
		Name: document,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-document", out)
}
