package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreatePatchBaseline is the parity test of SSM CreatePatchBaseline.
// CreatePatchBaseline: Creates a patch baseline.
func TestCreatePatchBaseline(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	// ssmtest.CreatePatchBaseline calls CreatePatchBaseline with the input below and deletes the PatchBaseline when the test ends.
	out := ssmtest.CreatePatchBaseline(t, client, func(in *ssm.CreatePatchBaselineInput) {
		// in.Name = *string (required; the fixture sets it)
	})
	snap.Match("create-patch-baseline", out)
}
