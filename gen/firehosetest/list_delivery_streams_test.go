package firehosetest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/firehose"
	"github.com/awsparity/awsparity/gen/firehosetest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListDeliveryStreams is the parity test of Firehose ListDeliveryStreams.
// ListDeliveryStreams: Lists your Firehose streams in alphabetical order of their names.
func TestListDeliveryStreams(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(firehosetest.Transformers()...))
	client := newClient(t)
	out, err := client.ListDeliveryStreams(t.Context(), &firehose.ListDeliveryStreamsInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-delivery-streams", out)
}
