package e2e

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	snstypes "github.com/aws/aws-sdk-go-v2/service/sns/types"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	sqstypes "github.com/aws/aws-sdk-go-v2/service/sqs/types"

	"github.com/awsparity/awsparity/gen/snstest"
	"github.com/awsparity/awsparity/gen/sqstest"
	"github.com/awsparity/awsparity/internal/emulators"
	"github.com/awsparity/awsparity/runtime/fixture"
)

func snsClient(t testing.TB) *sns.Client {
	return sns.NewFromConfig(config(emulators.Endpoint(t, "sns")))
}

// subscribedQueue is what subscribeQueue made: the queue, the subscription
// and the topic the subscription fixture created for it.
type subscribedQueue struct {
	queueURL, queueARN, topicARN, subscriptionARN string
}

// subscribeQueue creates a queue, and a subscription of it to a topic the
// subscription fixture creates on its own (a dependency), with the queue
// policy that lets the topic send to the queue, as AWS requires.
func subscribeQueue(t testing.TB, sqsC *sqs.Client, snsC *sns.Client) subscribedQueue {
	t.Helper()
	q := sqstest.CreateQueue(t, sqsC)
	attrs, err := sqsC.GetQueueAttributes(t.Context(), &sqs.GetQueueAttributesInput{
		QueueUrl:       aws.String(q.ID),
		AttributeNames: []sqstypes.QueueAttributeName{sqstypes.QueueAttributeNameQueueArn},
	})
	if err != nil {
		t.Fatalf("GetQueueAttributes: %v", err)
	}
	s := subscribedQueue{queueURL: q.ID, queueARN: attrs.Attributes["QueueArn"]}
	if s.queueARN == "" {
		t.Fatalf("GetQueueAttributes of %s answered no QueueArn: %v", q.ID, attrs.Attributes)
	}
	sub := snstest.CreateSubscription(t, snsC, func(o *snstest.CreateSubscriptionOptions) {
		o.Input.Endpoint = aws.String(s.queueARN)
		o.Input.Attributes = map[string]string{"RawMessageDelivery": "true"}
	})
	s.subscriptionARN = sub.ID
	sa, err := snsC.GetSubscriptionAttributes(t.Context(), &sns.GetSubscriptionAttributesInput{SubscriptionArn: aws.String(sub.ID)})
	if err != nil {
		t.Fatalf("GetSubscriptionAttributes: %v", err)
	}
	s.topicARN = sa.Attributes["TopicArn"]
	policy := fmt.Sprintf(`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"sns.amazonaws.com"},"Action":"sqs:SendMessage","Resource":%q,"Condition":{"ArnEquals":{"aws:SourceArn":%q}}}]}`, s.queueARN, s.topicARN)
	if _, err := sqsC.SetQueueAttributes(t.Context(), &sqs.SetQueueAttributesInput{QueueUrl: aws.String(q.ID), Attributes: map[string]string{"Policy": policy}}); err != nil {
		t.Fatalf("SetQueueAttributes Policy: %v", err)
	}
	return s
}

// TestSubscriptionToQueue: the subscription fixture creates its topic,
// messages published to it reach the queue, and afterwards the
// subscription, the topic and the queue are gone — deleted in reverse
// order of creation.
func TestSubscriptionToQueue(t *testing.T) {
	testSubscriptionToQueue(subtests{t}, &clients{sqs: sqsClient(t), sns: snsClient(t)})
}

func testSubscriptionToQueue(t tb, cs *clients) {
	sqsC, snsC := cs.sqs, cs.sns
	var s subscribedQueue
	t.Run("fixtures", func(t tb) {
		s = subscribeQueue(t, sqsC, snsC)
		if !strings.HasPrefix(s.subscriptionARN, s.topicARN+":") {
			t.Errorf("subscription %s is not of topic %s", s.subscriptionARN, s.topicARN)
		}
		cs.data(t, dataDelivery, func(t testing.TB) {
			if _, err := snsC.Publish(t.Context(), &sns.PublishInput{TopicArn: aws.String(s.topicARN), Message: aws.String("fan-out")}); err != nil {
				t.Fatalf("Publish: %v", err)
			}
			got, err := sqsC.ReceiveMessage(t.Context(), &sqs.ReceiveMessageInput{QueueUrl: aws.String(s.queueURL), WaitTimeSeconds: 5})
			if err != nil {
				t.Fatalf("ReceiveMessage: %v", err)
			}
			if len(got.Messages) != 1 || aws.ToString(got.Messages[0].Body) != "fan-out" {
				t.Fatalf("queue received %+v, want the published message", got.Messages)
			}
		})
	})
	assertSubscribedQueueGone(t, sqsC, snsC, s)
}

func assertSubscribedQueueGone(t testing.TB, sqsC *sqs.Client, snsC *sns.Client, s subscribedQueue) {
	t.Helper()
	assertGone(t, "subscription "+s.subscriptionARN, subscriptionListed(snsC, s.subscriptionARN))
	assertGone(t, "topic "+s.topicARN, topicListed(snsC, s.topicARN))
	assertGone(t, "queue "+s.queueURL, queueExists(sqsC, s.queueURL))
}

func subscriptionListed(c *sns.Client, arn string) func(context.Context) (bool, error) {
	return func(ctx context.Context) (bool, error) {
		return snsListed(ctx, sns.NewListSubscriptionsPaginator(c, &sns.ListSubscriptionsInput{}), func(page *sns.ListSubscriptionsOutput) bool {
			return slices.ContainsFunc(page.Subscriptions, func(s snstypes.Subscription) bool { return aws.ToString(s.SubscriptionArn) == arn })
		})
	}
}

// testSubscription: the subscription fixture alone, with the topic it
// creates; the subscription is of that topic (its ARN and its attributes
// say so), and afterwards neither is left.
func testSubscription(t tb, cs *clients) {
	c := cs.sns
	var sub, topic string
	t.Run("fixtures", func(t tb) {
		sub = snstest.CreateSubscription(t, c, func(o *snstest.CreateSubscriptionOptions) {
			o.Input.Endpoint = aws.String("arn:aws:sqs:us-east-1:000000000000:" + fixture.UniqueName("awsparity"))
		}).ID
		attrs, err := c.GetSubscriptionAttributes(t.Context(), &sns.GetSubscriptionAttributesInput{SubscriptionArn: aws.String(sub)})
		if err != nil {
			t.Fatalf("GetSubscriptionAttributes: %v", err)
		}
		topic = attrs.Attributes["TopicArn"]
		if topic == "" || !strings.HasPrefix(sub, topic+":") {
			t.Errorf("subscription %s is not of its topic (attributes %v)", sub, attrs.Attributes)
		}
	})
	assertGone(t, "subscription "+sub, subscriptionListed(c, sub))
	assertGone(t, "topic "+topic, topicListed(c, topic))
}
