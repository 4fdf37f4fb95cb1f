package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetDeliveryDestinationPolicy is the parity test of CloudWatch Logs GetDeliveryDestinationPolicy.
// GetDeliveryDestinationPolicy: Retrieves the delivery destination policy assigned to the delivery destination that you specify.
func TestGetDeliveryDestinationPolicy(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	out, err := client.GetDeliveryDestinationPolicy(t.Context(), &cloudwatchlogs.GetDeliveryDestinationPolicyInput{
		// DeliveryDestinationName: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-delivery-destination-policy", out)
}
