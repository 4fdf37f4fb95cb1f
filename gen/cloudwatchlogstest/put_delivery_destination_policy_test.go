package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPutDeliveryDestinationPolicy is the parity test of CloudWatch Logs PutDeliveryDestinationPolicy.
// PutDeliveryDestinationPolicy: Creates and assigns an IAM policy that grants permissions to CloudWatch Logs to deliver logs cross-account to a specified destination in this account.
func TestPutDeliveryDestinationPolicy(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	out, err := client.PutDeliveryDestinationPolicy(t.Context(), &cloudwatchlogs.PutDeliveryDestinationPolicyInput{
		// DeliveryDestinationName: *string (required)
		// DeliveryDestinationPolicy: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("put-delivery-destination-policy", out)
}
