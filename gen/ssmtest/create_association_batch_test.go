package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateAssociationBatch is the parity test of SSM CreateAssociationBatch.
// CreateAssociationBatch: Associates the specified Amazon Web Services Systems Manager document (SSM document) with the specified managed nodes or targets.
func TestCreateAssociationBatch(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	out, err := client.CreateAssociationBatch(t.Context(), &ssm.CreateAssociationBatchInput{
		// Entries: []types.CreateAssociationBatchRequestEntry (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-association-batch", out)
}
