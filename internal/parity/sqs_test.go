package parity

import (
	"strconv"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/aws/aws-sdk-go-v2/service/sqs/types"
	"github.com/awsparity/awsparity/examples/fakes/sqsfake"
	"github.com/awsparity/awsparity/gen/sqstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// Ported from LocalStack's tests/aws/services/sqs/test_sqs.py (Apache-2.0),
// the tests marked @markers.aws.validated; each keeps its LocalStack id.
const sqsTests = "tests/aws/services/sqs/test_sqs.py::TestSqsProvider::"

func sqsClient(t *testing.T, tg Target) *sqs.Client {
	t.Helper()
	return clientOf(t, tg, sqs.NewFromConfig, sqstest.WithServer(Bind(tg, sqsfake.New())))
}

// sqsRun runs one ported SQS test on every target with the service's
// generated transformers.
func sqsRun(t *testing.T, name string, body func(t *testing.T, c *sqs.Client, snap *snapshot.Snapshot)) {
	runPorted(t, "sqs", sqsTests+name, []snapshot.Option{snapshot.WithTransformers(sqstest.Transformers()...)}, sqsClient, body)
}

// queue creates a queue as LocalStack's sqs_create_queue fixture does:
// with attrs and no other attributes (the generated fixture's recipe sets
// VisibilityTimeout), and returns its URL.
func queue(t *testing.T, c *sqs.Client, fns ...func(in *sqs.CreateQueueInput)) *string {
	t.Helper()
	return sqstest.CreateQueue(t, c, func(o *sqstest.CreateQueueOptions) {
		o.Input.Attributes = nil
		for _, fn := range fns {
			fn(o.Input)
		}
	}).Output.QueueUrl
}

// fifo creates a FIFO queue with attrs.
func fifo(t *testing.T, c *sqs.Client, attrs map[string]string) *string {
	t.Helper()
	return queue(t, c, func(in *sqs.CreateQueueInput) {
		*in.QueueName += ".fifo"
		in.Attributes = map[string]string{"FifoQueue": "true"}
		for k, v := range attrs {
			in.Attributes[k] = v
		}
	})
}

func TestSQSSSEQueueAttributes(t *testing.T) {
	sqsRun(t, "test_sse_queue_attributes", func(t *testing.T, c *sqs.Client, snap *snapshot.Snapshot) {
		names := []types.QueueAttributeName{"KmsMasterKeyId", "KmsDataKeyReusePeriodSeconds", "SqsManagedSseEnabled"}
		for key, attrs := range map[string]map[string]string{
			"sse_kms_attributes": {"KmsMasterKeyId": "testKeyId", "KmsDataKeyReusePeriodSeconds": "6000", "SqsManagedSseEnabled": "false"},
			"sse_sqs_attributes": {"SqsManagedSseEnabled": "true"},
		} {
			q := queue(t, c)
			// A target that refuses an attribute shows it in the answer below.
			if _, err := c.SetQueueAttributes(t.Context(), &sqs.SetQueueAttributesInput{QueueUrl: q, Attributes: attrs}); err != nil {
				stub.SkipIfNotImplemented(t, err)
				t.Logf("SetQueueAttributes: %v", err)
			}
			snap.Match(key, of(c.GetQueueAttributes(t.Context(), &sqs.GetQueueAttributesInput{QueueUrl: q, AttributeNames: names})).must(t))
		}
	})
}

func TestSQSFifoSendMessageWithDelaySecondsFails(t *testing.T) {
	sqsRun(t, "test_fifo_queue_send_message_with_delay_seconds_fails", func(t *testing.T, c *sqs.Client, snap *snapshot.Snapshot) {
		q := fifo(t, c, nil)
		out, err := c.SendMessage(t.Context(), &sqs.SendMessageInput{QueueUrl: q, MessageBody: aws.String("message-body"),
			DelaySeconds: 2, MessageGroupId: aws.String("group-1"), MessageDeduplicationId: aws.String("dedup-1")})
		snap.Match("send_message", answer(t, out, err))
	})
}

func TestSQSCreateQueueWithDifferentAttributesRaisesException(t *testing.T) {
	sqsRun(t, "test_create_queue_with_different_attributes_raises_exception", func(t *testing.T, c *sqs.Client, snap *snapshot.Snapshot) {
		name := queue(t, c, func(in *sqs.CreateQueueInput) {
			in.Attributes = map[string]string{"DelaySeconds": "1"}
		})
		queueName := (*name)[strings.LastIndex(*name, "/")+1:]
		for i, delay := range []string{"2", "3"} {
			out, err := c.CreateQueue(t.Context(), &sqs.CreateQueueInput{QueueName: &queueName,
				Attributes: map[string]string{"DelaySeconds": delay}})
			snap.Match("create_queue_0"+strconv.Itoa(i+1), answer(t, out, err))
		}
	})
}

func TestSQSInvalidDeadLetterArnRejectedBeforeLookup(t *testing.T) {
	sqsRun(t, "test_invalid_dead_letter_arn_rejected_before_lookup", func(t *testing.T, c *sqs.Client, snap *snapshot.Snapshot) {
		q := queue(t, c)
		// Python's json.dumps spacing: AWS quotes the value back.
		policy := `{"deadLetterTargetArn": "dummy", "maxReceiveCount": 42}`
		out, err := c.SetQueueAttributes(t.Context(), &sqs.SetQueueAttributesInput{QueueUrl: q,
			Attributes: map[string]string{"RedrivePolicy": policy}})
		snap.Match("error_response", answer(t, out, err))
	})
}

func TestSQSSendOversizedMessage(t *testing.T) {
	sqsRun(t, "test_send_oversized_message", func(t *testing.T, c *sqs.Client, snap *snapshot.Snapshot) {
		q := queue(t, c)
		out, err := c.SendMessage(t.Context(), &sqs.SendMessageInput{QueueUrl: q, MessageBody: aws.String(strings.Repeat("a", 262144+1))})
		snap.Match("send_oversized_message", answer(t, out, err))
	})
}

func TestSQSSendMessageWithUpdatedMaximumMessageSize(t *testing.T) {
	sqsRun(t, "test_send_message_with_updated_maximum_message_size", func(t *testing.T, c *sqs.Client, snap *snapshot.Snapshot) {
		q := queue(t, c)
		of(c.SetQueueAttributes(t.Context(), &sqs.SetQueueAttributesInput{QueueUrl: q,
			Attributes: map[string]string{"MaximumMessageSize": "1024"}})).must(t)
		out, err := c.SendMessage(t.Context(), &sqs.SendMessageInput{QueueUrl: q, MessageBody: aws.String(strings.Repeat("a", 1025))})
		snap.Match("send_oversized_message", answer(t, out, err))
	})
}

func TestSQSSendMessageBatchWithOversizedContents(t *testing.T) {
	sqsRun(t, "test_send_message_batch_with_oversized_contents", func(t *testing.T, c *sqs.Client, snap *snapshot.Snapshot) {
		q := queue(t, c)
		half := strings.Repeat("a", 262144/2)
		out, err := c.SendMessageBatch(t.Context(), &sqs.SendMessageBatchInput{QueueUrl: q, Entries: []types.SendMessageBatchRequestEntry{
			{Id: aws.String("1"), MessageBody: aws.String(half)},
			{Id: aws.String("2"), MessageBody: aws.String(half + "a")},
		}})
		snap.Match("send_oversized_message_batch", answer(t, out, err))
	})
}

func TestSQSSendMessageBatchWithOversizedContentsWithUpdatedMaximumMessageSize(t *testing.T) {
	sqsRun(t, "test_send_message_batch_with_oversized_contents_with_updated_maximum_message_size",
		func(t *testing.T, c *sqs.Client, snap *snapshot.Snapshot) {
			q := queue(t, c)
			const maxSize = 2048
			of(c.SetQueueAttributes(t.Context(), &sqs.SetQueueAttributesInput{QueueUrl: q,
				Attributes: map[string]string{"MaximumMessageSize": strconv.Itoa(maxSize)}})).must(t)
			attrs := map[string]types.MessageAttributeValue{"k": {DataType: aws.String("String"), StringValue: aws.String("x")}}
			body := strings.Repeat("a", maxSize-len("k")-len("String")-len("x"))
			snap.Match("send_oversized_message_batch", of(c.SendMessageBatch(t.Context(), &sqs.SendMessageBatchInput{QueueUrl: q,
				Entries: []types.SendMessageBatchRequestEntry{
					{Id: aws.String("1"), MessageBody: &body, MessageAttributes: attrs},
					{Id: aws.String("2"), MessageBody: aws.String("a")},
				}})).must(t))
		})
}

// entries returns n batch entries with ids 0…n-1.
func entries(n int) []types.SendMessageBatchRequestEntry {
	out := make([]types.SendMessageBatchRequestEntry, n)
	for i := range out {
		out[i] = types.SendMessageBatchRequestEntry{Id: aws.String(strconv.Itoa(i)), MessageBody: aws.String("message-" + strconv.Itoa(i))}
	}
	return out
}

func TestSQSTooManyEntriesInBatchRequest(t *testing.T) {
	sqsRun(t, "test_too_many_entries_in_batch_request", func(t *testing.T, c *sqs.Client, snap *snapshot.Snapshot) {
		q := queue(t, c)
		out, err := c.SendMessageBatch(t.Context(), &sqs.SendMessageBatchInput{QueueUrl: q, Entries: entries(20)})
		snap.Match("test_too_many_entries_in_batch_request", answer(t, out, err))
	})
}

func TestSQSInvalidBatchID(t *testing.T) {
	sqsRun(t, "test_invalid_batch_id", func(t *testing.T, c *sqs.Client, snap *snapshot.Snapshot) {
		q := queue(t, c)
		batch := entries(1)
		batch[0].Id = aws.String("Hello:World")
		out, err := c.SendMessageBatch(t.Context(), &sqs.SendMessageBatchInput{QueueUrl: q, Entries: batch})
		snap.Match("test_invalid_batch_id", answer(t, out, err))
	})
}

func TestSQSSendMessageWithBinaryAttributes(t *testing.T) {
	sqsRun(t, "test_send_message_with_binary_attributes", func(t *testing.T, c *sqs.Client, snap *snapshot.Snapshot) {
		q := queue(t, c)
		value := []byte("traceparent\x1e00-774062d6c37081a5a0b9b5b88e30627c-2d2482211f6489da-01")
		of(c.SendMessage(t.Context(), &sqs.SendMessageInput{QueueUrl: q, MessageBody: aws.String("test"),
			MessageAttributes: map[string]types.MessageAttributeValue{"attr1": {DataType: aws.String("Binary"), BinaryValue: value}}})).must(t)
		snap.Match("binary-attrs-msg", of(c.ReceiveMessage(t.Context(), &sqs.ReceiveMessageInput{QueueUrl: q,
			MessageAttributeNames: []string{"All"}, WaitTimeSeconds: 1})).must(t))
	})
}

func TestSQSSendReceiveMaxNumberOfMessages(t *testing.T) {
	sqsRun(t, "test_send_receive_max_number_of_messages", func(t *testing.T, c *sqs.Client, snap *snapshot.Snapshot) {
		q := queue(t, c)
		out, err := c.ReceiveMessage(t.Context(), &sqs.ReceiveMessageInput{QueueUrl: q, MaxNumberOfMessages: 11})
		snap.Match("send_max_number_of_messages", answer(t, out, err))
	})
}

func TestSQSDeleteMessageBatchWithTooLargeBatch(t *testing.T) {
	sqsRun(t, "test_delete_message_batch_with_too_large_batch", func(t *testing.T, c *sqs.Client, snap *snapshot.Snapshot) {
		q := queue(t, c)
		del := make([]types.DeleteMessageBatchRequestEntry, 20)
		for i := range del {
			del[i] = types.DeleteMessageBatchRequestEntry{Id: aws.String(strconv.Itoa(i)), ReceiptHandle: aws.String("handle-" + strconv.Itoa(i))}
		}
		out, err := c.DeleteMessageBatch(t.Context(), &sqs.DeleteMessageBatchInput{QueueUrl: q, Entries: del})
		snap.Match("error_response", answer(t, out, err))
	})
}

func TestSQSChangeMessageVisibilityBatchWithTooLargeBatch(t *testing.T) {
	sqsRun(t, "test_change_message_visibility_batch_with_too_large_batch", func(t *testing.T, c *sqs.Client, snap *snapshot.Snapshot) {
		q := queue(t, c)
		change := make([]types.ChangeMessageVisibilityBatchRequestEntry, 20)
		for i := range change {
			change[i] = types.ChangeMessageVisibilityBatchRequestEntry{Id: aws.String(strconv.Itoa(i)),
				ReceiptHandle: aws.String("handle-" + strconv.Itoa(i)), VisibilityTimeout: 1}
		}
		out, err := c.ChangeMessageVisibilityBatch(t.Context(), &sqs.ChangeMessageVisibilityBatchInput{QueueUrl: q, Entries: change})
		snap.Match("error_response", answer(t, out, err))
	})
}

func TestSQSSendBatchMissingDeduplicationIDForFifoQueue(t *testing.T) {
	sqsRun(t, "test_send_batch_missing_deduplication_id_for_fifo_queue", func(t *testing.T, c *sqs.Client, snap *snapshot.Snapshot) {
		q := fifo(t, c, nil)
		batch := entries(1)
		batch[0].MessageGroupId = aws.String("group-1")
		out, err := c.SendMessageBatch(t.Context(), &sqs.SendMessageBatchInput{QueueUrl: q, Entries: batch})
		snap.Match("test_missing_deduplication_id_for_fifo_queue", answer(t, out, err))
	})
}

func TestSQSTagUntagQueue(t *testing.T) {
	sqsRun(t, "test_tag_untag_queue", func(t *testing.T, c *sqs.Client, snap *snapshot.Snapshot) {
		q := queue(t, c)
		of(c.TagQueue(t.Context(), &sqs.TagQueueInput{QueueUrl: q, Tags: map[string]string{"tag1": "value1", "tag2": "value2", "tag3": ""}})).must(t)
		list := func(key string) {
			snap.Match(key, of(c.ListQueueTags(t.Context(), &sqs.ListQueueTagsInput{QueueUrl: q})).must(t))
		}
		list("get-tag-1")
		of(c.UntagQueue(t.Context(), &sqs.UntagQueueInput{QueueUrl: q, TagKeys: []string{"tag1", "tag3"}})).must(t)
		list("get-tag-2")
		of(c.UntagQueue(t.Context(), &sqs.UntagQueueInput{QueueUrl: q, TagKeys: []string{"tag2"}})).must(t)
		list("get-tag-after-untag")
	})
}

func TestSQSSendMessageWithEmptyStringAttribute(t *testing.T) {
	sqsRun(t, "test_send_message_with_empty_string_attribute", func(t *testing.T, c *sqs.Client, snap *snapshot.Snapshot) {
		q := queue(t, c)
		out, err := c.SendMessage(t.Context(), &sqs.SendMessageInput{QueueUrl: q, MessageBody: aws.String("test"),
			MessageAttributes: map[string]types.MessageAttributeValue{"ErrorDetails": {DataType: aws.String("String"), StringValue: aws.String("")}}})
		snap.Match("empty-string-attr", answer(t, out, err))
	})
}

func TestSQSSetUnsupportedAttributeFifo(t *testing.T) {
	sqsRun(t, "test_set_unsupported_attribute_fifo", func(t *testing.T, c *sqs.Client, snap *snapshot.Snapshot) {
		standard := queue(t, c)
		out, err := c.SetQueueAttributes(t.Context(), &sqs.SetQueueAttributesInput{QueueUrl: standard,
			Attributes: map[string]string{"FifoQueue": "true"}})
		snap.Match("invalid-attr-name-1", answer(t, out, err))
		out, err = c.SetQueueAttributes(t.Context(), &sqs.SetQueueAttributesInput{QueueUrl: fifo(t, c, nil),
			Attributes: map[string]string{"FifoQueue": "false"}})
		snap.Match("invalid-attr-name-2", answer(t, out, err))
	})
}
