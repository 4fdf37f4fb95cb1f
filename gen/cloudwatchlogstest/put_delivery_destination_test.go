package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestPutDeliveryDestination is the parity test of CloudWatch Logs PutDeliveryDestination.
// PutDeliveryDestination: Creates or updates a logical delivery destination.
func TestPutDeliveryDestination(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	// cloudwatchlogstest.CreateDeliveryDestination calls PutDeliveryDestination with the input below and deletes the DeliveryDestination when the test ends.
	out := cloudwatchlogstest.CreateDeliveryDestination(t, client, func(in *cloudwatchlogs.PutDeliveryDestinationInput) {
		// in.Name = *string (required; the fixture sets it)
	})
	snap.Match("put-delivery-destination", out)
}
