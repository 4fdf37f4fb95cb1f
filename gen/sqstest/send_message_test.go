package sqstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/awsparity/awsparity/gen/sqstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestSendMessage is the parity test of SQS SendMessage.
// Delivers a message to the specified queue.
func TestSendMessage(t *testing.T) {
	snap := snapshot.New(t, snapshot.WithTransformers(sqstest.Transformers()...))
	client := newClient(t)
	queue := sqstest.CreateQueue(t, client)
	out, err := client.SendMessage(t.Context(), &sqs.SendMessageInput{
		QueueUrl:    queue.Output.QueueUrl,
		MessageBody: aws.String("hello"),
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("send-message", out)
}
