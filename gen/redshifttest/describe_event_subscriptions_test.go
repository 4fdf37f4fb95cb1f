package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeEventSubscriptions is the parity test of Redshift DescribeEventSubscriptions.
// DescribeEventSubscriptions: Lists descriptions of all the Amazon Redshift event notification subscriptions for a customer account.
func TestDescribeEventSubscriptions(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	var eventSubscription *string
	redshifttest.CreateEventSubscription(t, client, func(in *redshift.CreateEventSubscriptionInput) { eventSubscription = in.SubscriptionName })
	out, err := client.DescribeEventSubscriptions(t.Context(), &redshift.DescribeEventSubscriptionsInput{
		SubscriptionName: eventSubscription,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-event-subscriptions", out)
}
