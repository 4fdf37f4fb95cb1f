package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateScheduledQuery is the parity test of CloudWatch Logs CreateScheduledQuery.
// CreateScheduledQuery: Creates a scheduled query that runs CloudWatch Logs Insights queries at regular intervals.
func TestCreateScheduledQuery(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	var deliveryDestination *string
	cloudwatchlogstest.CreateDeliveryDestination(t, client, func(in *cloudwatchlogs.PutDeliveryDestinationInput) { deliveryDestination = in.Name })
	out, err := client.CreateScheduledQuery(t.Context(), &cloudwatchlogs.CreateScheduledQueryInput{
		Name: deliveryDestination,
		// QueryLanguage: types.QueryLanguage (required)
		// QueryString: *string (required)
		// ScheduleExpression: *string (required)
		// ExecutionRoleArn: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-scheduled-query", out)
}
