package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateImportTask is the parity test of CloudWatch Logs CreateImportTask.
// CreateImportTask: Starts an import from a data source to CloudWatch Log and creates a managed log group as the destination for the imported data.
func TestCreateImportTask(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	out, err := client.CreateImportTask(t.Context(), &cloudwatchlogs.CreateImportTaskInput{
		// ImportSourceArn: *string (required)
		// ImportRoleArn: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-import-task", out)
}
