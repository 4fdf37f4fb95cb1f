package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeregisterPatchBaselineForPatchGroup is the parity test of SSM DeregisterPatchBaselineForPatchGroup.
// DeregisterPatchBaselineForPatchGroup: Removes a patch group from a patch baseline.
func TestDeregisterPatchBaselineForPatchGroup(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	patchBaseline := ssmtest.CreatePatchBaseline(t, client)
	out, err := client.DeregisterPatchBaselineForPatchGroup(t.Context(), &ssm.DeregisterPatchBaselineForPatchGroupInput{
		BaselineId: patchBaseline.BaselineId,
		// PatchGroup: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("deregister-patch-baseline-for-patch-group", out)
}
