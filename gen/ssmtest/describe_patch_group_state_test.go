package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribePatchGroupState is the parity test of SSM DescribePatchGroupState.
// DescribePatchGroupState: Returns high-level aggregated patch compliance state information for a patch group.
func TestDescribePatchGroupState(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	out, err := client.DescribePatchGroupState(t.Context(), &ssm.DescribePatchGroupStateInput{
		// PatchGroup: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-patch-group-state", out)
}
