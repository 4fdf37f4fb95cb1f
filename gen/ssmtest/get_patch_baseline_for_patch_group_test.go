package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetPatchBaselineForPatchGroup is the parity test of SSM GetPatchBaselineForPatchGroup.
// GetPatchBaselineForPatchGroup: Retrieves the patch baseline that should be used for the specified patch group.
func TestGetPatchBaselineForPatchGroup(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	out, err := client.GetPatchBaselineForPatchGroup(t.Context(), &ssm.GetPatchBaselineForPatchGroupInput{
		// PatchGroup: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-patch-baseline-for-patch-group", out)
}
