package snstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/awsparity/awsparity/gen/snstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPublishBatch is the parity test of SNS PublishBatch.
// PublishBatch: Publishes up to 10 messages to the specified topic in a single batch.
func TestPublishBatch(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(snstest.Transformers()...))
	client := newClient(t)
	topic := snstest.CreateTopic(t, client)
	out, err := client.PublishBatch(t.Context(), &sns.PublishBatchInput{
		TopicArn: topic.TopicArn,
		// PublishBatchRequestEntries: []types.PublishBatchRequestEntry (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("publish-batch", out)
}
