package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeDocumentPermission is the parity test of SSM DescribeDocumentPermission.
// DescribeDocumentPermission: Describes the permissions for a Amazon Web Services Systems Manager document (SSM document).
func TestDescribeDocumentPermission(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	var document *string
	ssmtest.CreateDocument(t, client, func(in *ssm.CreateDocumentInput) { document = in.Name })
	out, err := client.DescribeDocumentPermission(t.Context(), &ssm.DescribeDocumentPermissionInput{
		Name: document,
		// PermissionType: types.DocumentPermissionType (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-document-permission", out)
}
