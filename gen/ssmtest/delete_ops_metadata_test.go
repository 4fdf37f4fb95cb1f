package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteOpsMetadata is the parity test of SSM DeleteOpsMetadata.
// DeleteOpsMetadata: Delete OpsMetadata related to an application.
func TestDeleteOpsMetadata(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	opsMetadata := ssmtest.CreateOpsMetadata(t, client)
	out, err := client.DeleteOpsMetadata(t.Context(), &ssm.DeleteOpsMetadataInput{
		OpsMetadataArn: opsMetadata.OpsMetadataArn,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-ops-metadata", out)
}
