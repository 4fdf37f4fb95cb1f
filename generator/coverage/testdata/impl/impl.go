// Package impl holds implementations that exercise the corners of the
// coverage analysis.
package impl

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"github.com/awsparity/awsparity/gen/s3test"
	"github.com/awsparity/awsparity/gen/sqstest"
)

type sqsPart struct{ sqstest.UnimplementedServer }

type s3Part struct{ s3test.UnimplementedServer }

// Both embeds two services' stubs, one level down (two fields named
// UnimplementedServer cannot sit in one struct). Their marker methods
// collide, so Both satisfies neither Server interface: the report must say so.
type Both struct {
	sqsPart
	s3Part
}

func (Both) GetQueueUrl(context.Context, *sqs.GetQueueUrlInput) (*sqs.GetQueueUrlOutput, error) {
	return &sqs.GetQueueUrlOutput{}, nil
}

func (Both) HeadBucket(context.Context, *s3.HeadBucketInput) (*s3.HeadBucketOutput, error) {
	return &s3.HeadBucketOutput{}, nil
}

type helper struct{}

func (*helper) CreateQueue(context.Context, *sqs.CreateQueueInput) (*sqs.CreateQueueOutput, error) {
	return &sqs.CreateQueueOutput{}, nil
}

// Promoted gets CreateQueue from an embedded helper and declares
// GetQueueUrl. The stubs sit one level deeper than helper, so helper's
// method wins.
type Promoted struct {
	sqsPart
	helper
}

func (*Promoted) GetQueueUrl(context.Context, *sqs.GetQueueUrlInput) (*sqs.GetQueueUrlOutput, error) {
	return &sqs.GetQueueUrlOutput{}, nil
}

// Ambiguous embeds helper beside the stubs: CreateQueue is ambiguous, so
// Ambiguous does not satisfy the Server interface and CreateQueue counts as
// not implemented.
type Ambiguous struct {
	sqstest.UnimplementedServer
	helper
}

// NotAnImplementation embeds nothing generated and must not be reported.
type NotAnImplementation struct{ helper }

// Refined is a generated lifecycle fake with one hand-written operation:
// SendMessage is its own, the queue lifecycle the generated Fake's.
type Refined struct {
	*sqstest.Fake
}

func (Refined) SendMessage(context.Context, *sqs.SendMessageInput) (*sqs.SendMessageOutput, error) {
	return &sqs.SendMessageOutput{}, nil
}
