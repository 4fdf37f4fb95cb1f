package snstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/awsparity/awsparity/gen/snstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestSetTopicAttributes is the parity test of SNS SetTopicAttributes.
// SetTopicAttributes: Allows a topic owner to set an attribute of the topic to a new value.
func TestSetTopicAttributes(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(snstest.Transformers()...))
	client := newClient(t)
	topic := snstest.CreateTopic(t, client)
	out, err := client.SetTopicAttributes(t.Context(), &sns.SetTopicAttributesInput{
		TopicArn: topic.TopicArn,
		// AttributeName: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("set-topic-attributes", out)
}
