package snstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/awsparity/awsparity/gen/snstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListSubscriptionsByTopic is the parity test of SNS ListSubscriptionsByTopic.
// ListSubscriptionsByTopic: Returns a list of the subscriptions to a specific topic.
func TestListSubscriptionsByTopic(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(snstest.Transformers()...))
	client := newClient(t)
	topic := snstest.CreateTopic(t, client)
	out, err := client.ListSubscriptionsByTopic(t.Context(), &sns.ListSubscriptionsByTopicInput{
		TopicArn: topic.TopicArn,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-subscriptions-by-topic", out)
}
