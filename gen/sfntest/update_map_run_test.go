package sfntest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sfn"
	"github.com/awsparity/awsparity/gen/sfntest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateMapRun is the parity test of SFN UpdateMapRun.
// UpdateMapRun: Updates an in-progress Map Run's configuration to include changes to the settings that control maximum concurrency and Map Run failure.
func TestUpdateMapRun(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sfntest.Transformers()...))
	client := newClient(t)
	out, err := client.UpdateMapRun(t.Context(), &sfn.UpdateMapRunInput{
		// MapRunArn: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-map-run", out)
}
