package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeDeliveryDestinations is the parity test of CloudWatch Logs DescribeDeliveryDestinations.
// DescribeDeliveryDestinations: Retrieves a list of the delivery destinations that have been created in the account.
func TestDescribeDeliveryDestinations(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeDeliveryDestinations(t.Context(), &cloudwatchlogs.DescribeDeliveryDestinationsInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-delivery-destinations", out)
}
