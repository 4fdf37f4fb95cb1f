package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeQueryDefinitions is the parity test of CloudWatch Logs DescribeQueryDefinitions.
// DescribeQueryDefinitions: This operation returns a paginated list of your saved CloudWatch Logs Insights query definitions.
func TestDescribeQueryDefinitions(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeQueryDefinitions(t.Context(), &cloudwatchlogs.DescribeQueryDefinitionsInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-query-definitions", out)
}
