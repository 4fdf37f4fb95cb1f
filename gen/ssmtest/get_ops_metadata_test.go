package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetOpsMetadata is the parity test of SSM GetOpsMetadata.
// GetOpsMetadata: View operational metadata related to an application in Application Manager.
func TestGetOpsMetadata(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	opsMetadata := ssmtest.CreateOpsMetadata(t, client)
	out, err := client.GetOpsMetadata(t.Context(), &ssm.GetOpsMetadataInput{
		OpsMetadataArn: opsMetadata.OpsMetadataArn,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-ops-metadata", out)
}
