package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestPutDestination is the parity test of CloudWatch Logs PutDestination.
// PutDestination: Creates or updates a destination.
func TestPutDestination(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	// cloudwatchlogstest.CreateDestination calls PutDestination with the input below and deletes the Destination when the test ends.
	out := cloudwatchlogstest.CreateDestination(t, client, func(in *cloudwatchlogs.PutDestinationInput) {
		// in.DestinationName = *string (required; the fixture sets it)
		// in.TargetArn = *string (required)
		// in.RoleArn = *string (required)
	})
	snap.Match("put-destination", out)
}
