package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestPutDeliverySource is the parity test of CloudWatch Logs PutDeliverySource.
// PutDeliverySource: Creates or updates a logical delivery source.
func TestPutDeliverySource(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	// cloudwatchlogstest.CreateDeliverySource calls PutDeliverySource with the input below and deletes the DeliverySource when the test ends.
	out := cloudwatchlogstest.CreateDeliverySource(t, client, func(in *cloudwatchlogs.PutDeliverySourceInput) {
		// in.Name = *string (required; the fixture sets it)
		// in.ResourceArn = *string (required)
		// in.LogType = *string (required)
	})
	snap.Match("put-delivery-source", out)
}
