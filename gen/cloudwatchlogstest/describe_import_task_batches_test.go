package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeImportTaskBatches is the parity test of CloudWatch Logs DescribeImportTaskBatches.
// DescribeImportTaskBatches: Gets detailed information about the individual batches within an import task, including their status and any error messages.
func TestDescribeImportTaskBatches(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeImportTaskBatches(t.Context(), &cloudwatchlogs.DescribeImportTaskBatchesInput{
		// ImportId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-import-task-batches", out)
}
