package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateOpsMetadata is the parity test of SSM CreateOpsMetadata.
// CreateOpsMetadata: If you create a new application in Application Manager, Amazon Web Services Systems Manager calls this API operation to specify information about the new application, including the application type.
func TestCreateOpsMetadata(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	// ssmtest.CreateOpsMetadata calls CreateOpsMetadata with the input below and deletes the OpsMetadata when the test ends.
	out := ssmtest.CreateOpsMetadata(t, client, func(in *ssm.CreateOpsMetadataInput) {
		// in.ResourceId = *string (required)
	})
	snap.Match("create-ops-metadata", out)
}
