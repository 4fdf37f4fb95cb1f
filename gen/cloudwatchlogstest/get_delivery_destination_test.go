package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetDeliveryDestination is the parity test of CloudWatch Logs GetDeliveryDestination.
// GetDeliveryDestination: Retrieves complete information about one delivery destination.
func TestGetDeliveryDestination(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	var deliveryDestination *string
	cloudwatchlogstest.CreateDeliveryDestination(t, client, func(in *cloudwatchlogs.PutDeliveryDestinationInput) { deliveryDestination = in.Name })
	out, err := client.GetDeliveryDestination(t.Context(), &cloudwatchlogs.GetDeliveryDestinationInput{
		Name: deliveryDestination,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-delivery-destination", out)
}
