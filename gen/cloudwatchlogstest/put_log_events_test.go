package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPutLogEvents is the parity test of CloudWatch Logs PutLogEvents.
// PutLogEvents: Uploads a batch of log events to the specified log stream.
func TestPutLogEvents(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	var logGroup *string
	cloudwatchlogstest.CreateLogGroup(t, client, func(in *cloudwatchlogs.CreateLogGroupInput) { logGroup = in.LogGroupName })
	out, err := client.PutLogEvents(t.Context(), &cloudwatchlogs.PutLogEventsInput{
		LogGroupName: logGroup,
		// LogStreamName: *string (required)
		// LogEvents: []types.InputLogEvent (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("put-log-events", out)
}
