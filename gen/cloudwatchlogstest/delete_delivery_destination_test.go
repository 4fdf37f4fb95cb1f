package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteDeliveryDestination is the parity test of CloudWatch Logs DeleteDeliveryDestination.
// DeleteDeliveryDestination: Deletes a delivery destination.
func TestDeleteDeliveryDestination(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	var deliveryDestination *string
	cloudwatchlogstest.CreateDeliveryDestination(t, client, func(in *cloudwatchlogs.PutDeliveryDestinationInput) { deliveryDestination = in.Name })
	out, err := client.DeleteDeliveryDestination(t.Context(), &cloudwatchlogs.DeleteDeliveryDestinationInput{
		Name: deliveryDestination,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-delivery-destination", out)
}
