package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateExportTask is the parity test of CloudWatch Logs CreateExportTask.
// CreateExportTask: Creates an export task so that you can efficiently export data from a log group to an Amazon S3 bucket.
func TestCreateExportTask(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	var logGroup *string
	cloudwatchlogstest.CreateLogGroup(t, client, func(in *cloudwatchlogs.CreateLogGroupInput) { logGroup = in.LogGroupName })
	out, err := client.CreateExportTask(t.Context(), &cloudwatchlogs.CreateExportTaskInput{
		LogGroupName: logGroup,
		// From: *int64 (required)
		// To: *int64 (required)
		// Destination: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-export-task", out)
}
