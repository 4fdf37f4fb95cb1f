package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateDelivery is the parity test of CloudWatch Logs CreateDelivery.
// CreateDelivery: Creates a delivery.
func TestCreateDelivery(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	// cloudwatchlogstest.CreateDelivery calls CreateDelivery with the input below and deletes the Delivery when the test ends.
	out := cloudwatchlogstest.CreateDelivery(t, client, func(in *cloudwatchlogs.CreateDeliveryInput) {
		// in.DeliverySourceName = *string (required)
		// in.DeliveryDestinationArn = *string (required)
	})
	snap.Match("create-delivery", out)
}
