package shop_test

import (
	"context"
	"crypto/md5"
	"encoding/hex"
	"sync"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/aws/aws-sdk-go-v2/service/sqs/types"

	"example.com/shop/awstest/sqstest"
)

// fakeSQS implements the three operations this module's tests use; every
// other operation answers NotImplemented through the embedded stub.
type fakeSQS struct {
	sqstest.UnimplementedServer
	mu     sync.Mutex
	queues map[string]int // queue URL → messages sent
}

func newFakeSQS() *fakeSQS { return &fakeSQS{queues: map[string]int{}} }

func (f *fakeSQS) CreateQueue(_ context.Context, in *sqs.CreateQueueInput) (*sqs.CreateQueueOutput, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	url := "https://sqs.us-east-1.amazonaws.com/000000000000/" + aws.ToString(in.QueueName)
	f.queues[url] = 0
	return &sqs.CreateQueueOutput{QueueUrl: aws.String(url)}, nil
}

func (f *fakeSQS) DeleteQueue(_ context.Context, in *sqs.DeleteQueueInput) (*sqs.DeleteQueueOutput, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if _, ok := f.queues[aws.ToString(in.QueueUrl)]; !ok {
		return nil, &types.QueueDoesNotExist{Message: aws.String("no such queue")}
	}
	delete(f.queues, aws.ToString(in.QueueUrl))
	return &sqs.DeleteQueueOutput{}, nil
}

func (f *fakeSQS) SendMessage(_ context.Context, in *sqs.SendMessageInput) (*sqs.SendMessageOutput, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if _, ok := f.queues[aws.ToString(in.QueueUrl)]; !ok {
		return nil, &types.QueueDoesNotExist{Message: aws.String("no such queue")}
	}
	f.queues[aws.ToString(in.QueueUrl)]++
	sum := md5.Sum([]byte(aws.ToString(in.MessageBody)))
	return &sqs.SendMessageOutput{
		MessageId:        aws.String("8f1d3c4e-0000-4000-8000-000000000001"),
		MD5OfMessageBody: aws.String(hex.EncodeToString(sum[:])),
	}, nil
}
