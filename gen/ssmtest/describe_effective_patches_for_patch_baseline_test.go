package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeEffectivePatchesForPatchBaseline is the parity test of SSM DescribeEffectivePatchesForPatchBaseline.
// DescribeEffectivePatchesForPatchBaseline: Retrieves the current effective patches (the patch and the approval state) for the specified patch baseline.
func TestDescribeEffectivePatchesForPatchBaseline(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	patchBaseline := ssmtest.CreatePatchBaseline(t, client)
	out, err := client.DescribeEffectivePatchesForPatchBaseline(t.Context(), &ssm.DescribeEffectivePatchesForPatchBaselineInput{
		BaselineId: patchBaseline.BaselineId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-effective-patches-for-patch-baseline", out)
}
