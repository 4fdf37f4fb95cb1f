package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetDefaultPatchBaseline is the parity test of SSM GetDefaultPatchBaseline.
// GetDefaultPatchBaseline: Retrieves the default patch baseline.
func TestGetDefaultPatchBaseline(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	out, err := client.GetDefaultPatchBaseline(t.Context(), &ssm.GetDefaultPatchBaselineInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-default-patch-baseline", out)
}
