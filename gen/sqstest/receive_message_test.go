package sqstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/awsparity/awsparity/gen/sqstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestReceiveMessage is the parity test of SQS ReceiveMessage.
// Retrieves one or more messages (up to 10), from the specified queue.
func TestReceiveMessage(t *testing.T) {
	snap := snapshot.New(t, snapshot.WithTransformers(sqstest.Transformers()...))
	client := newClient(t)
	queue := sqstest.CreateQueue(t, client)
	if _, err := client.SendMessage(t.Context(), &sqs.SendMessageInput{QueueUrl: queue.Output.QueueUrl, MessageBody: aws.String("hello")}); err != nil {
		t.Fatal(err)
	}
	out, err := client.ReceiveMessage(t.Context(), &sqs.ReceiveMessageInput{
		QueueUrl:            queue.Output.QueueUrl,
		MaxNumberOfMessages: 1,
		WaitTimeSeconds:     5,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	// A receipt handle is new on every receive.
	snap.Match("receive-message", out, snapshot.WithTransformers(snapshot.Identifiers("ReceiptHandle")))
}
