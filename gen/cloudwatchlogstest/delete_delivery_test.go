package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteDelivery is the parity test of CloudWatch Logs DeleteDelivery.
// DeleteDelivery: Deletes a delivery.
func TestDeleteDelivery(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	delivery := cloudwatchlogstest.CreateDelivery(t, client)
	out, err := client.DeleteDelivery(t.Context(), &cloudwatchlogs.DeleteDeliveryInput{
		Id: delivery.Delivery.Id,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-delivery", out)
}
