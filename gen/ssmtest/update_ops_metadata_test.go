package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateOpsMetadata is the parity test of SSM UpdateOpsMetadata.
// UpdateOpsMetadata: Amazon Web Services Systems Manager calls this API operation when you edit OpsMetadata in Application Manager.
func TestUpdateOpsMetadata(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	opsMetadata := ssmtest.CreateOpsMetadata(t, client)
	out, err := client.UpdateOpsMetadata(t.Context(), &ssm.UpdateOpsMetadataInput{
		OpsMetadataArn: opsMetadata.OpsMetadataArn,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-ops-metadata", out)
}
