package parity

import (
	"slices"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/aws/aws-sdk-go-v2/service/sns/types"
	"github.com/awsparity/awsparity/gen/snstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// Ported from LocalStack's tests/aws/services/sns/test_sns.py (Apache-2.0).
const snsTests = "tests/aws/services/sns/test_sns.py::"

func snsRun(t *testing.T, name string, body func(t *testing.T, c *sns.Client, snap *snapshot.Snapshot)) {
	runPorted(t, "sns", snsTests+name, []snapshot.Option{snapshot.WithTransformers(snstest.Transformers()...)},
		func(t *testing.T, tg Target) *sns.Client {
			return clientOf(t, tg, sns.NewFromConfig, snstest.WithServer(Bind(tg, snstest.NewFake())))
		}, body)
}

// topic creates a topic as LocalStack's sns_create_topic fixture does:
// a name and nothing else (the generated fixture's recipe also sets a
// DisplayName).
func topic(t *testing.T, c *sns.Client, opts ...func(*sns.CreateTopicInput)) *sns.CreateTopicOutput {
	t.Helper()
	return snstest.CreateTopic(t, c, func(o *snstest.CreateTopicOptions) {
		o.Input.Attributes = nil
		for _, fn := range opts {
			fn(o.Input)
		}
	}).Output
}

func tag(k, v string) types.Tag { return types.Tag{Key: &k, Value: &v} }

func TestSNSTags(t *testing.T) {
	snsRun(t, "TestSNSTopicCrud::test_tags", func(t *testing.T, c *sns.Client, snap *snapshot.Snapshot) {
		arn := topic(t, c).TopicArn
		out, err := c.TagResource(t.Context(), &sns.TagResourceInput{ResourceArn: arn,
			Tags: []types.Tag{tag("k1", "v1"), tag("k2", "v2"), tag("k2", "v2")}})
		snap.Match("duplicate-key-error", answer(t, out, err))
		of(c.TagResource(t.Context(), &sns.TagResourceInput{ResourceArn: arn, Tags: []types.Tag{tag("k1", "v1"), tag("k2", "v2")}})).must(t)
		list := func(key string) {
			tags := of(c.ListTagsForResource(t.Context(), &sns.ListTagsForResourceInput{ResourceArn: arn})).must(t)
			// No guaranteed order in AWS either: LocalStack's test sorts by key.
			slices.SortFunc(tags.Tags, func(a, b types.Tag) int { return strings.Compare(*a.Key, *b.Key) })
			snap.Match(key, tags)
		}
		list("list-created-tags")
		of(c.UntagResource(t.Context(), &sns.UntagResourceInput{ResourceArn: arn, TagKeys: []string{"k1"}})).must(t)
		list("list-after-delete-tags")
		of(c.TagResource(t.Context(), &sns.TagResourceInput{ResourceArn: arn, Tags: []types.Tag{tag("k2", "v2b")}})).must(t)
		list("list-after-update-tags")
	})
}

func TestSNSCreateTopicTestArn(t *testing.T) {
	snsRun(t, "TestSNSTopicCrud::test_create_topic_test_arn", func(t *testing.T, c *sns.Client, snap *snapshot.Snapshot) {
		created := topic(t, c)
		snap.Match("create-topic", created)
		arn := created.TopicArn
		snap.Match("get-topic-attrs", of(c.GetTopicAttributes(t.Context(), &sns.GetTopicAttributesInput{TopicArn: arn})).must(t))
		snap.Match("delete-topic", of(c.DeleteTopic(t.Context(), &sns.DeleteTopicInput{TopicArn: arn})).must(t))
		out, err := c.GetTopicAttributes(t.Context(), &sns.GetTopicAttributesInput{TopicArn: arn})
		snap.Match("topic-not-exists", answer(t, out, err))
	})
}

func TestSNSCreateDuplicateTopicWithMoreTags(t *testing.T) {
	snsRun(t, "TestSNSTopicCrud::test_create_duplicate_topic_with_more_tags", func(t *testing.T, c *sns.Client, snap *snapshot.Snapshot) {
		created := topic(t, c, func(in *sns.CreateTopicInput) { in.Tags = []types.Tag{tag("k1", "v1")} })
		name := (*created.TopicArn)[strings.LastIndex(*created.TopicArn, ":")+1:]
		out, err := c.CreateTopic(t.Context(), &sns.CreateTopicInput{Name: &name, Tags: []types.Tag{tag("k1", "v1"), tag("k2", "v2")}})
		snap.Match("exception-duplicate", answer(t, out, err))
	})
}

func TestSNSPublishWrongArnFormat(t *testing.T) {
	snsRun(t, "TestSNSPublishCrud::test_publish_wrong_arn_format", func(t *testing.T, c *sns.Client, snap *snapshot.Snapshot) {
		for key, arn := range map[string]string{"invalid-topic-arn": "randomstring", "invalid-topic-arn-1": "randomstring:1", "empty-topic": ""} {
			out, err := c.Publish(t.Context(), &sns.PublishInput{Message: aws.String("Good news everyone!"), TopicArn: aws.String(arn)})
			snap.Match(key, answer(t, out, err))
		}
	})
}

func TestSNSUnknownTopicPublish(t *testing.T) {
	snsRun(t, "TestSNSPublishCrud::test_unknown_topic_publish", func(t *testing.T, c *sns.Client, snap *snapshot.Snapshot) {
		arn := *topic(t, c).TopicArn
		message := aws.String("This is a test message")
		snap.Match("success", of(c.Publish(t.Context(), &sns.PublishInput{TopicArn: &arn, Message: message})).must(t))
		out, err := c.Publish(t.Context(), &sns.PublishInput{TopicArn: aws.String(arn + "-fake"), Message: message})
		snap.Match("error", answer(t, out, err))
	})
}
