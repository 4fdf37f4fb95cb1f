package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestRegisterDefaultPatchBaseline is the parity test of SSM RegisterDefaultPatchBaseline.
// RegisterDefaultPatchBaseline: Defines the default patch baseline for the relevant operating system.
func TestRegisterDefaultPatchBaseline(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	patchBaseline := ssmtest.CreatePatchBaseline(t, client)
	out, err := client.RegisterDefaultPatchBaseline(t.Context(), &ssm.RegisterDefaultPatchBaselineInput{
		BaselineId: patchBaseline.BaselineId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("register-default-patch-baseline", out)
}
