package eventbridgetest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/eventbridge"
	"github.com/awsparity/awsparity/gen/eventbridgetest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestTestEventPattern is the parity test of EventBridge TestEventPattern.
// TestEventPattern: Tests whether the specified event pattern matches the provided event.
func TestTestEventPattern(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(eventbridgetest.Transformers()...))
	client := newClient(t)
	out, err := client.TestEventPattern(t.Context(), &eventbridge.TestEventPatternInput{
		// EventPattern: *string (required)
		// Event: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("test-event-pattern", out)
}
