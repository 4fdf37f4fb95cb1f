package sqsfake

import (
	"context"
	"crypto/md5"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/aws/aws-sdk-go-v2/service/sqs/types"
	"github.com/aws/smithy-go"
)

// clock is a settable time source so visibility timeouts are tested without
// sleeping.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }

func (c *clock) advance(d time.Duration) { c.mu.Lock(); defer c.mu.Unlock(); c.t = c.t.Add(d) }

func newFake(t testing.TB) (*sqs.Client, *clock) {
	t.Helper()
	s := New()
	c := &clock{t: time.Date(2026, 11, 21, 12, 0, 0, 0, time.UTC)}
	s.now = c.now
	return s.Client(), c
}

func createQueue(t testing.TB, client *sqs.Client, name string) string {
	t.Helper()
	out, err := client.CreateQueue(context.Background(), &sqs.CreateQueueInput{QueueName: aws.String(name)})
	if err != nil {
		t.Fatalf("CreateQueue %s: %v", name, err)
	}
	return aws.ToString(out.QueueUrl)
}

func TestQueueLifecycle(t *testing.T) {
	ctx := context.Background()
	client, _ := newFake(t)
	url := createQueue(t, client, "orders")
	if url != "https://sqs.us-east-1.amazonaws.com/000000000000/orders" {
		t.Errorf("QueueUrl = %q", url)
	}
	if again := createQueue(t, client, "orders"); again != url {
		t.Errorf("second CreateQueue with the same attributes = %q, want %q", again, url)
	}
	_, err := client.CreateQueue(ctx, &sqs.CreateQueueInput{QueueName: aws.String("orders"), Attributes: map[string]string{"DelaySeconds": "5"}})
	var exists *types.QueueNameExists
	if !errors.As(err, &exists) {
		t.Errorf("CreateQueue with different attributes: %v, want QueueNameExists", err)
	}
	got, err := client.GetQueueUrl(ctx, &sqs.GetQueueUrlInput{QueueName: aws.String("orders")})
	if err != nil || aws.ToString(got.QueueUrl) != url {
		t.Fatalf("GetQueueUrl = %v, %v; want %s", got, err, url)
	}
	attrs, err := client.GetQueueAttributes(ctx, &sqs.GetQueueAttributesInput{QueueUrl: &url, AttributeNames: []types.QueueAttributeName{types.QueueAttributeNameQueueArn}})
	if err != nil {
		t.Fatal(err)
	}
	if want := "arn:aws:sqs:us-east-1:000000000000:orders"; attrs.Attributes["QueueArn"] != want || len(attrs.Attributes) != 1 {
		t.Errorf("GetQueueAttributes(QueueArn) = %v, want only QueueArn %s", attrs.Attributes, want)
	}
	if _, err := client.DeleteQueue(ctx, &sqs.DeleteQueueInput{QueueUrl: &url}); err != nil {
		t.Fatal(err)
	}
	for name, call := range map[string]func() error{
		"GetQueueUrl": func() error {
			_, err := client.GetQueueUrl(ctx, &sqs.GetQueueUrlInput{QueueName: aws.String("orders")})
			return err
		},
		"DeleteQueue": func() error { _, err := client.DeleteQueue(ctx, &sqs.DeleteQueueInput{QueueUrl: &url}); return err },
		"SendMessage": func() error {
			_, err := client.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: &url, MessageBody: aws.String("x")})
			return err
		},
	} {
		var missing *types.QueueDoesNotExist
		if err := call(); !errors.As(err, &missing) {
			t.Errorf("%s after DeleteQueue: %v, want types.QueueDoesNotExist", name, err)
		}
	}
}

func TestInvalidQueueName(t *testing.T) {
	client, _ := newFake(t)
	_, err := client.CreateQueue(context.Background(), &sqs.CreateQueueInput{QueueName: aws.String("no spaces")})
	var apiErr smithy.APIError
	if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "InvalidParameterValue" {
		t.Errorf("CreateQueue(\"no spaces\") = %v, want InvalidParameterValue", err)
	}
}

func TestSendReceiveDelete(t *testing.T) {
	ctx := context.Background()
	client, clk := newFake(t)
	url := createQueue(t, client, "jobs")

	sent, err := client.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: &url, MessageBody: aws.String("hello")})
	if err != nil {
		t.Fatal(err)
	}
	sum := md5.Sum([]byte("hello"))
	if got := aws.ToString(sent.MD5OfMessageBody); got != hex.EncodeToString(sum[:]) {
		t.Errorf("MD5OfMessageBody = %s", got)
	}
	if len(aws.ToString(sent.MessageId)) != 36 {
		t.Errorf("MessageId %q is not a UUID", aws.ToString(sent.MessageId))
	}

	recv := func() []types.Message {
		t.Helper()
		out, err := client.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: &url, MaxNumberOfMessages: 10,
			MessageSystemAttributeNames: []types.MessageSystemAttributeName{types.MessageSystemAttributeNameApproximateReceiveCount}})
		if err != nil {
			t.Fatal(err)
		}
		return out.Messages
	}
	first := recv()
	if len(first) != 1 || aws.ToString(first[0].Body) != "hello" || aws.ToString(first[0].MessageId) != aws.ToString(sent.MessageId) {
		t.Fatalf("first receive = %+v, want the sent message", first)
	}
	if n := len(recv()); n != 0 {
		t.Errorf("receive within the visibility timeout returned %d messages, want 0", n)
	}
	clk.advance(31 * time.Second)
	second := recv()
	if len(second) != 1 || second[0].Attributes["ApproximateReceiveCount"] != "2" {
		t.Fatalf("receive after the visibility timeout = %+v, want the message with receive count 2", second)
	}
	if aws.ToString(second[0].ReceiptHandle) == aws.ToString(first[0].ReceiptHandle) {
		t.Error("a second receive reused the receipt handle")
	}
	if _, err := client.DeleteMessage(ctx, &sqs.DeleteMessageInput{QueueUrl: &url, ReceiptHandle: second[0].ReceiptHandle}); err != nil {
		t.Fatal(err)
	}
	clk.advance(time.Hour)
	if n := len(recv()); n != 0 {
		t.Errorf("deleted message came back: %d messages", n)
	}
	_, err = client.DeleteMessage(ctx, &sqs.DeleteMessageInput{QueueUrl: &url, ReceiptHandle: aws.String("bogus")})
	var invalid *types.ReceiptHandleIsInvalid
	if !errors.As(err, &invalid) {
		t.Errorf("DeleteMessage(bogus) = %v, want ReceiptHandleIsInvalid", err)
	}
}

func TestDelaySeconds(t *testing.T) {
	ctx := context.Background()
	client, clk := newFake(t)
	url := createQueue(t, client, "delayed")
	if _, err := client.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: &url, MessageBody: aws.String("later"), DelaySeconds: 10}); err != nil {
		t.Fatal(err)
	}
	attrs, err := client.GetQueueAttributes(ctx, &sqs.GetQueueAttributesInput{QueueUrl: &url, AttributeNames: []types.QueueAttributeName{types.QueueAttributeNameAll}})
	if err != nil {
		t.Fatal(err)
	}
	if attrs.Attributes["ApproximateNumberOfMessagesNotVisible"] != "1" || attrs.Attributes["ApproximateNumberOfMessages"] != "0" {
		t.Errorf("attributes of a queue with one delayed message: %v", attrs.Attributes)
	}
	out, err := client.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: &url})
	if err != nil || len(out.Messages) != 0 {
		t.Fatalf("receive before the delay = %v, %v; want nothing", out, err)
	}
	clk.advance(10 * time.Second)
	out, err = client.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: &url})
	if err != nil || len(out.Messages) != 1 {
		t.Fatalf("receive after the delay = %v, %v; want the message", out, err)
	}
}

func TestTags(t *testing.T) {
	ctx := context.Background()
	client, _ := newFake(t)
	out, err := client.CreateQueue(ctx, &sqs.CreateQueueInput{QueueName: aws.String("tagged"), Tags: map[string]string{"run": "abc"}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := client.TagQueue(ctx, &sqs.TagQueueInput{QueueUrl: out.QueueUrl, Tags: map[string]string{"team": "x"}}); err != nil {
		t.Fatal(err)
	}
	tags, err := client.ListQueueTags(ctx, &sqs.ListQueueTagsInput{QueueUrl: out.QueueUrl})
	if err != nil {
		t.Fatal(err)
	}
	if len(tags.Tags) != 2 || tags.Tags["run"] != "abc" || tags.Tags["team"] != "x" {
		t.Errorf("tags = %v", tags.Tags)
	}
}

func TestUnimplementedOperation(t *testing.T) {
	client, _ := newFake(t)
	_, err := client.ChangeMessageVisibility(context.Background(), &sqs.ChangeMessageVisibilityInput{QueueUrl: aws.String("q"), ReceiptHandle: aws.String("r")})
	var apiErr smithy.APIError
	if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "NotImplemented" || apiErr.ErrorMessage() != "SQS.ChangeMessageVisibility is not implemented" {
		t.Errorf("ChangeMessageVisibility = %v, want NotImplemented SQS.ChangeMessageVisibility", err)
	}
}

// TestConcurrentUse is meant for -race: many senders and receivers on one queue.
func TestConcurrentUse(t *testing.T) {
	ctx := context.Background()
	client, _ := newFake(t)
	url := createQueue(t, client, "busy")
	const senders, each = 8, 25
	var wg sync.WaitGroup
	for i := 0; i < senders; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < each; j++ {
				if _, err := client.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: &url, MessageBody: aws.String(fmt.Sprint(i, j))}); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	seen := map[string]bool{}
	var mu sync.Mutex
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				out, err := client.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: &url, MaxNumberOfMessages: 10})
				if err != nil {
					t.Error(err)
					return
				}
				if len(out.Messages) == 0 {
					return
				}
				mu.Lock()
				for _, m := range out.Messages {
					if seen[*m.Body] {
						t.Errorf("message %s received twice within its visibility timeout", *m.Body)
					}
					seen[*m.Body] = true
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if len(seen) != senders*each {
		t.Errorf("received %d distinct messages, want %d", len(seen), senders*each)
	}
}

// TestMessagesGoWithTheQueue: a queue's messages are kept with the
// generated fake's queue, so a queue made again under the name is empty.
func TestMessagesGoWithTheQueue(t *testing.T) {
	ctx := context.Background()
	client, _ := newFake(t)
	url := createQueue(t, client, "again")
	if _, err := client.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: &url, MessageBody: aws.String("old")}); err != nil {
		t.Fatal(err)
	}
	if _, err := client.DeleteQueue(ctx, &sqs.DeleteQueueInput{QueueUrl: &url}); err != nil {
		t.Fatal(err)
	}
	var gone *types.QueueDoesNotExist
	if _, err := client.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: &url, MessageBody: aws.String("x")}); !errors.As(err, &gone) {
		t.Fatalf("SendMessage to a deleted queue: %v, want QueueDoesNotExist", err)
	}
	url = createQueue(t, client, "again")
	out, err := client.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: &url, MaxNumberOfMessages: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(out.Messages) != 0 {
		t.Errorf("the new queue holds %d messages of the deleted one", len(out.Messages))
	}
}

// TestQueueRules: what SQS refuses that the model does not say.
func TestQueueRules(t *testing.T) {
	ctx := context.Background()
	client, _ := newFake(t)
	url := createQueue(t, client, "rules")
	_, err := client.SetQueueAttributes(ctx, &sqs.SetQueueAttributesInput{QueueUrl: &url, Attributes: map[string]string{"FifoQueue": "true"}})
	var name *types.InvalidAttributeName
	if !errors.As(err, &name) || aws.ToString(name.Message) != "Unknown Attribute FifoQueue." {
		t.Errorf("FifoQueue on a standard queue: %v, want InvalidAttributeName", err)
	}
	fifo, err := client.CreateQueue(ctx, &sqs.CreateQueueInput{QueueName: aws.String("rules.fifo"), Attributes: map[string]string{"FifoQueue": "true"}})
	if err != nil {
		t.Fatal(err)
	}
	_, err = client.SetQueueAttributes(ctx, &sqs.SetQueueAttributesInput{QueueUrl: fifo.QueueUrl, Attributes: map[string]string{"FifoQueue": "false"}})
	var value *types.InvalidAttributeValue
	if !errors.As(err, &value) {
		t.Errorf("FifoQueue on a FIFO queue: %v, want InvalidAttributeValue", err)
	}
	policy := `{"deadLetterTargetArn": "dummy", "maxReceiveCount": 42}`
	_, err = client.SetQueueAttributes(ctx, &sqs.SetQueueAttributesInput{QueueUrl: &url, Attributes: map[string]string{"RedrivePolicy": policy}})
	var api smithy.APIError
	if !errors.As(err, &api) || api.ErrorCode() != "InvalidParameterValue" || !strings.Contains(api.ErrorMessage(), "Invalid value for deadLetterTargetArn") {
		t.Errorf("a redrive policy naming no ARN: %v, want InvalidParameterValue", err)
	}
	good := `{"deadLetterTargetArn": "arn:aws:sqs:us-east-1:000000000000:dlq", "maxReceiveCount": 3}`
	if _, err := client.SetQueueAttributes(ctx, &sqs.SetQueueAttributesInput{QueueUrl: &url, Attributes: map[string]string{"RedrivePolicy": good, "MaximumMessageSize": "1024"}}); err != nil {
		t.Fatal(err)
	}
	_, err = client.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: &url, MessageBody: aws.String(strings.Repeat("x", 1025))})
	if !errors.As(err, &api) || api.ErrorMessage() != "One or more parameters are invalid. Reason: Message must be shorter than 1024 bytes." {
		t.Errorf("a message over the queue's maximum size: %v, want InvalidParameterValue", err)
	}
	if _, err := client.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: &url, MessageBody: aws.String(strings.Repeat("x", 1024))}); err != nil {
		t.Errorf("a message of the maximum size: %v", err)
	}
}
