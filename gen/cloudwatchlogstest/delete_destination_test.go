package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteDestination is the parity test of CloudWatch Logs DeleteDestination.
// DeleteDestination: Deletes the specified destination, and eventually disables all the subscription filters that publish to it.
func TestDeleteDestination(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	var destination *string
	cloudwatchlogstest.CreateDestination(t, client, func(in *cloudwatchlogs.PutDestinationInput) { destination = in.DestinationName })
	out, err := client.DeleteDestination(t.Context(), &cloudwatchlogs.DeleteDestinationInput{
		DestinationName: destination,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-destination", out)
}
