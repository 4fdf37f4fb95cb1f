package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPutDestinationPolicy is the parity test of CloudWatch Logs PutDestinationPolicy.
// PutDestinationPolicy: Creates or updates an access policy associated with an existing destination.
func TestPutDestinationPolicy(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	var destination *string
	cloudwatchlogstest.CreateDestination(t, client, func(in *cloudwatchlogs.PutDestinationInput) { destination = in.DestinationName })
	out, err := client.PutDestinationPolicy(t.Context(), &cloudwatchlogs.PutDestinationPolicyInput{
		DestinationName: destination,
		// AccessPolicy: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("put-destination-policy", out)
}
