package sfntest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sfn"
	"github.com/awsparity/awsparity/gen/sfntest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteActivity is the parity test of SFN DeleteActivity.
// DeleteActivity: Deletes an activity.
func TestDeleteActivity(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sfntest.Transformers()...))
	client := newClient(t)
	activity := sfntest.CreateActivity(t, client)
	out, err := client.DeleteActivity(t.Context(), &sfn.DeleteActivityInput{
		ActivityArn: activity.ActivityArn,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-activity", out)
}
