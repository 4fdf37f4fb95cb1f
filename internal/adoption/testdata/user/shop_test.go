package shop_test

import (
	"context"
	"errors"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/aws/smithy-go"

	"example.com/shop"
	"example.com/shop/awstest/sqstest"
)

// fakeSQS is the user's in-process fake: the generated stub answers every
// operation it does not override with NotImplemented.
type fakeSQS struct {
	sqstest.UnimplementedServer
	sent []string
}

func (f *fakeSQS) CreateQueue(_ context.Context, in *sqs.CreateQueueInput) (*sqs.CreateQueueOutput, error) {
	return &sqs.CreateQueueOutput{QueueUrl: aws.String("https://sqs.us-east-1.amazonaws.com/000000000000/" + aws.ToString(in.QueueName))}, nil
}

func (f *fakeSQS) DeleteQueue(context.Context, *sqs.DeleteQueueInput) (*sqs.DeleteQueueOutput, error) {
	return &sqs.DeleteQueueOutput{}, nil
}

func (f *fakeSQS) SendMessage(_ context.Context, in *sqs.SendMessageInput) (*sqs.SendMessageOutput, error) {
	f.sent = append(f.sent, aws.ToString(in.MessageBody))
	return &sqs.SendMessageOutput{MessageId: aws.String("m-1")}, nil
}

func TestSendOrder(t *testing.T) {
	fake := &fakeSQS{}
	client := sqs.NewFromConfig(aws.Config{Region: "us-east-1"}, sqstest.WithServer(fake))
	q := sqstest.CreateQueue(t, client) // the generated fixture, deleted when the test ends

	orders := &shop.Orders{Client: client, QueueURL: q.ID}
	id, err := orders.Send(t.Context(), "order-1")
	if err != nil {
		t.Fatal(err)
	}
	if id != "m-1" || len(fake.sent) != 1 || fake.sent[0] != "order-1" {
		t.Errorf("Send = %q, fake received %q; want m-1 and [order-1]", id, fake.sent)
	}

	_, err = client.PurgeQueue(t.Context(), &sqs.PurgeQueueInput{QueueUrl: aws.String(q.ID)})
	var apiErr smithy.APIError
	if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "NotImplemented" {
		t.Errorf("PurgeQueue on the fake = %v, want the stub's NotImplemented", err)
	}
}
