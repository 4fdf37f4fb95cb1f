package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteLogStream is the parity test of CloudWatch Logs DeleteLogStream.
// DeleteLogStream: Deletes the specified log stream and permanently deletes all the archived log events associated with the log stream.
func TestDeleteLogStream(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	var logGroup *string
	cloudwatchlogstest.CreateLogGroup(t, client, func(in *cloudwatchlogs.CreateLogGroupInput) { logGroup = in.LogGroupName })
	out, err := client.DeleteLogStream(t.Context(), &cloudwatchlogs.DeleteLogStreamInput{
		LogGroupName: logGroup,
		// LogStreamName: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-log-stream", out)
}
