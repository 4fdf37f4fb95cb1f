package snstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/awsparity/awsparity/gen/snstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetTopicAttributes is the parity test of SNS GetTopicAttributes.
// Returns all of the properties of a topic.
func TestGetTopicAttributes(t *testing.T) {
	snap := snapshot.New(t, snapshot.WithTransformers(snstest.Transformers()...))
	client := newClient(t)
	topic := snstest.CreateTopic(t, client)
	out, err := client.GetTopicAttributes(t.Context(), &sns.GetTopicAttributesInput{
		TopicArn: topic.Output.TopicArn,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-topic-attributes", out)
}
