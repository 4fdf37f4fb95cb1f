package shop_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/awsparity/awsparity/runtime/snapshot"

	"example.com/shop/awstest/sqstest"
)

// TestSendMessage runs against an emulator (default), AWS (TEST_TARGET=AWS_CLOUD)
// or the in-process fake below (TEST_TARGET=IN_PROCESS).
func TestSendMessage(t *testing.T) {
	client := newClient(t)
	q := sqstest.CreateQueue(t, client) // unique name, deleted when the test ends
	out, err := client.SendMessage(t.Context(), &sqs.SendMessageInput{QueueUrl: aws.String(q.ID), MessageBody: aws.String("hello")})
	if err != nil {
		t.Fatal(err)
	}
	snapshot.New(t, snapshot.WithTransformers(sqstest.Transformers()...)).Match("send-message", out)
}

func newClient(t *testing.T) *sqs.Client { return sqstest.NewClient(t, newFakeSQS()) }
