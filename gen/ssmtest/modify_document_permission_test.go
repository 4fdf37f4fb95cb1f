package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyDocumentPermission is the parity test of SSM ModifyDocumentPermission.
// ModifyDocumentPermission: Shares a Amazon Web Services Systems Manager document (SSM document)publicly or privately.
func TestModifyDocumentPermission(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	var document *string
	ssmtest.CreateDocument(t, client, func(in *ssm.CreateDocumentInput) { document = in.Name })
	out, err := client.ModifyDocumentPermission(t.Context(), &ssm.ModifyDocumentPermissionInput{
		Name: document,
		// PermissionType: types.DocumentPermissionType (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-document-permission", out)
}
