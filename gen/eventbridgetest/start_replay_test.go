package eventbridgetest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/eventbridge"
	"github.com/awsparity/awsparity/gen/eventbridgetest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestStartReplay is the parity test of EventBridge StartReplay.
// StartReplay: Starts the specified replay.
func TestStartReplay(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(eventbridgetest.Transformers()...))
	client := newClient(t)
	out, err := client.StartReplay(t.Context(), &eventbridge.StartReplayInput{
		// ReplayName: *string (required)
		// EventSourceArn: *string (required)
		// EventStartTime: *time.Time (required)
		// EventEndTime: *time.Time (required)
		// Destination: *types.ReplayDestination (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("start-replay", out)
}
