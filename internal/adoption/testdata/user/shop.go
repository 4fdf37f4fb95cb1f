// Package shop is the user's code: it sends orders to SQS. It is what
// pins the SDK modules in the user module's go.mod before awsparity arrives.
package shop

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

// Orders sends order messages to one queue.
type Orders struct {
	Client   *sqs.Client
	QueueURL string
}

// New builds Orders from the default SDK configuration.
func New(ctx context.Context, queueURL string) (*Orders, error) {
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return nil, err
	}
	return &Orders{Client: sqs.NewFromConfig(cfg), QueueURL: queueURL}, nil
}

// Send sends one order and returns the message id SQS assigned.
func (o *Orders) Send(ctx context.Context, order string) (string, error) {
	out, err := o.Client.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(o.QueueURL), MessageBody: aws.String(order)})
	if err != nil {
		return "", err
	}
	return aws.ToString(out.MessageId), nil
}
