package sfntest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sfn"
	"github.com/awsparity/awsparity/gen/sfntest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateActivity is the parity test of SFN CreateActivity.
// CreateActivity: Creates an activity.
func TestCreateActivity(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sfntest.Transformers()...))
	client := newClient(t)
	// sfntest.CreateActivity calls CreateActivity with the input below and deletes the Activity when the test ends.
	out := sfntest.CreateActivity(t, client, func(in *sfn.CreateActivityInput) {
		// in.Name = *string (required; the fixture sets it)
	})
	snap.Match("create-activity", out)
}
