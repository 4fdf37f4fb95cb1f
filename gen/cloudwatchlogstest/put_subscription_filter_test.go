package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPutSubscriptionFilter is the parity test of CloudWatch Logs PutSubscriptionFilter.
// PutSubscriptionFilter: Creates or updates a subscription filter and associates it with the specified log group.
func TestPutSubscriptionFilter(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	var logGroup *string
	cloudwatchlogstest.CreateLogGroup(t, client, func(in *cloudwatchlogs.CreateLogGroupInput) { logGroup = in.LogGroupName })
	out, err := client.PutSubscriptionFilter(t.Context(), &cloudwatchlogs.PutSubscriptionFilterInput{
		LogGroupName: logGroup,
		// FilterName: *string (required)
		// FilterPattern: *string (required)
		// DestinationArn: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("put-subscription-filter", out)
}
