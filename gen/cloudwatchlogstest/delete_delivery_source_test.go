package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteDeliverySource is the parity test of CloudWatch Logs DeleteDeliverySource.
// DeleteDeliverySource: Deletes a delivery source.
func TestDeleteDeliverySource(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	var deliverySource *string
	cloudwatchlogstest.CreateDeliverySource(t, client, func(in *cloudwatchlogs.PutDeliverySourceInput) { deliverySource = in.Name })
	out, err := client.DeleteDeliverySource(t.Context(), &cloudwatchlogs.DeleteDeliverySourceInput{
		Name: deliverySource,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-delivery-source", out)
}
