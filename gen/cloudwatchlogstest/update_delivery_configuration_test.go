package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateDeliveryConfiguration is the parity test of CloudWatch Logs UpdateDeliveryConfiguration.
// UpdateDeliveryConfiguration: Use this operation to update the configuration of a delivery to change either the S3 path pattern or the format of the delivered logs.
func TestUpdateDeliveryConfiguration(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	delivery := cloudwatchlogstest.CreateDelivery(t, client)
	out, err := client.UpdateDeliveryConfiguration(t.Context(), &cloudwatchlogs.UpdateDeliveryConfigurationInput{
		Id: delivery.Delivery.Id,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-delivery-configuration", out)
}
