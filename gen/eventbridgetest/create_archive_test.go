package eventbridgetest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/eventbridge"
	"github.com/awsparity/awsparity/gen/eventbridgetest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateArchive is the parity test of EventBridge CreateArchive.
// CreateArchive: Creates an archive of events with the specified settings.
func TestCreateArchive(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(eventbridgetest.Transformers()...))
	client := newClient(t)
	// eventbridgetest.CreateArchive calls CreateArchive with the input below and deletes the Archive when the test ends.
	out := eventbridgetest.CreateArchive(t, client, func(in *eventbridge.CreateArchiveInput) {
		// in.ArchiveName = *string (required; the fixture sets it)
		// in.EventSourceArn = *string (required)
	})
	snap.Match("create-archive", out)
}
