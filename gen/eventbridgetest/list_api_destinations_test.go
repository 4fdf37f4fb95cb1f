package eventbridgetest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/eventbridge"
	"github.com/awsparity/awsparity/gen/eventbridgetest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListApiDestinations is the parity test of EventBridge ListApiDestinations.
// ListApiDestinations: Retrieves a list of API destination in the account in the current Region.
func TestListApiDestinations(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(eventbridgetest.Transformers()...))
	client := newClient(t)
	out, err := client.ListApiDestinations(t.Context(), &eventbridge.ListApiDestinationsInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-api-destinations", out)
}
