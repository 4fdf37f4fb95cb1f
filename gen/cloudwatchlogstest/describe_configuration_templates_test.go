package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeConfigurationTemplates is the parity test of CloudWatch Logs DescribeConfigurationTemplates.
// DescribeConfigurationTemplates: Use this operation to return the valid and default values that are used when creating delivery sources, delivery destinations, and deliveries.
func TestDescribeConfigurationTemplates(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeConfigurationTemplates(t.Context(), &cloudwatchlogs.DescribeConfigurationTemplatesInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-configuration-templates", out)
}
