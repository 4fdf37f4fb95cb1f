package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetDeliverySource is the parity test of CloudWatch Logs GetDeliverySource.
// GetDeliverySource: Retrieves complete information about one delivery source.
func TestGetDeliverySource(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	var deliverySource *string
	cloudwatchlogstest.CreateDeliverySource(t, client, func(in *cloudwatchlogs.PutDeliverySourceInput) { deliverySource = in.Name })
	out, err := client.GetDeliverySource(t.Context(), &cloudwatchlogs.GetDeliverySourceInput{
		Name: deliverySource,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-delivery-source", out)
}
