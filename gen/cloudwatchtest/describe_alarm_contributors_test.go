package cloudwatchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatch"
	"github.com/awsparity/awsparity/gen/cloudwatchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeAlarmContributors is the parity test of CloudWatch DescribeAlarmContributors.
// DescribeAlarmContributors: Returns the information of the current alarm contributors that are in ALARM state.
func TestDescribeAlarmContributors(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchtest.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeAlarmContributors(t.Context(), &cloudwatch.DescribeAlarmContributorsInput{
		// AlarmName: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-alarm-contributors", out)
}
