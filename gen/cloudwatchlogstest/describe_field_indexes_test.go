package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeFieldIndexes is the parity test of CloudWatch Logs DescribeFieldIndexes.
// DescribeFieldIndexes: Returns a list of custom and default field indexes which are discovered in log data.
func TestDescribeFieldIndexes(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeFieldIndexes(t.Context(), &cloudwatchlogs.DescribeFieldIndexesInput{
		// LogGroupIdentifiers: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-field-indexes", out)
}
