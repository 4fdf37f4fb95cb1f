package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdatePatchBaseline is the parity test of SSM UpdatePatchBaseline.
// UpdatePatchBaseline: Modifies an existing patch baseline.
func TestUpdatePatchBaseline(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	patchBaseline := ssmtest.CreatePatchBaseline(t, client)
	out, err := client.UpdatePatchBaseline(t.Context(), &ssm.UpdatePatchBaselineInput{
		BaselineId: patchBaseline.BaselineId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-patch-baseline", out)
}
