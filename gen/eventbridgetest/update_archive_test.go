package eventbridgetest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/eventbridge"
	"github.com/awsparity/awsparity/gen/eventbridgetest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateArchive is the parity test of EventBridge UpdateArchive.
// UpdateArchive: Updates the specified archive.
func TestUpdateArchive(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(eventbridgetest.Transformers()...))
	client := newClient(t)
	var archive *string
	eventbridgetest.CreateArchive(t, client, func(in *eventbridge.CreateArchiveInput) { archive = in.ArchiveName })
	out, err := client.UpdateArchive(t.Context(), &eventbridge.UpdateArchiveInput{
		ArchiveName: archive,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-archive", out)
}
