package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateSpotDatafeedSubscription is the parity test of EC2 CreateSpotDatafeedSubscription.
// CreateSpotDatafeedSubscription: Creates a data feed for Spot Instances, enabling you to view Spot Instance usage logs.
func TestCreateSpotDatafeedSubscription(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.CreateSpotDatafeedSubscription(t.Context(), &ec2.CreateSpotDatafeedSubscriptionInput{
		// Bucket: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-spot-datafeed-subscription", out)
}
