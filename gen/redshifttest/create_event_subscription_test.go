package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateEventSubscription is the parity test of Redshift CreateEventSubscription.
// CreateEventSubscription: Creates an Amazon Redshift event notification subscription.
func TestCreateEventSubscription(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	// redshifttest.CreateEventSubscription calls CreateEventSubscription with the input below and deletes the EventSubscription when the test ends.
	out := redshifttest.CreateEventSubscription(t, client, func(in *redshift.CreateEventSubscriptionInput) {
		// in.SubscriptionName = *string (required; the fixture sets it)
		// in.SnsTopicArn = *string (required)
	})
	snap.Match("create-event-subscription", out)
}
