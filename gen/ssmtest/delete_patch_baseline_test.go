package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeletePatchBaseline is the parity test of SSM DeletePatchBaseline.
// DeletePatchBaseline: Deletes a patch baseline.
func TestDeletePatchBaseline(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	patchBaseline := ssmtest.CreatePatchBaseline(t, client)
	out, err := client.DeletePatchBaseline(t.Context(), &ssm.DeletePatchBaselineInput{
		BaselineId: patchBaseline.BaselineId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-patch-baseline", out)
}
