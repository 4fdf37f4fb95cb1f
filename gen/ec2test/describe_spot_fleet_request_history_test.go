package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeSpotFleetRequestHistory is the parity test of EC2 DescribeSpotFleetRequestHistory.
// DescribeSpotFleetRequestHistory: Describes the events for the specified Spot Fleet request during the specified time.
func TestDescribeSpotFleetRequestHistory(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeSpotFleetRequestHistory(t.Context(), &ec2.DescribeSpotFleetRequestHistoryInput{
		// SpotFleetRequestId: *string (required)
		// StartTime: *time.Time (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-spot-fleet-request-history", out)
}
