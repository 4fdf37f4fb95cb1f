// Package sqsfake is an in-memory SQS built only by embedding the generated
// sqstest.UnimplementedServer: it overrides the queue lifecycle, send,
// receive, delete, attributes and tags, and every other operation answers
// NotImplemented. Bind it to a real client with Client or
// sqs.NewFromConfig(cfg, sqstest.WithServer(fake)).
//
// It answers as SQS does where tests look: queue URLs
// http://127.0.0.1/000000000000/<name>, the SDK's typed errors
// (types.QueueDoesNotExist, types.QueueNameExists, types.ReceiptHandleIsInvalid),
// MD5OfMessageBody (the SDK verifies it), visibility timeouts and delays.
// Deliberate gaps: no FIFO ordering or deduplication, no long polling
// (WaitTimeSeconds returns at once), no MD5OfMessageAttributes.
package sqsfake

import (
	"context"
	"crypto/md5"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/aws/aws-sdk-go-v2/service/sqs/types"
	"github.com/aws/smithy-go"

	"github.com/awsparity/awsparity/gen/sqstest"
)

// Account, Region and URLPrefix are what queue URLs and ARNs are made of.
const (
	Account   = "000000000000"
	Region    = "us-east-1"
	URLPrefix = "http://127.0.0.1/" + Account + "/"
)

const (
	defaultVisibility = 30 * time.Second
	maxReceive        = 10
)

// Server is the fake. The zero value is not ready; use New.
type Server struct {
	sqstest.UnimplementedServer

	mu       sync.Mutex
	now      func() time.Time
	queues   map[string]*queue  // by name
	receipts map[string]receipt // every receipt handle ever issued
}

type queue struct {
	name     string
	attrs    map[string]string // as given to CreateQueue or SetQueueAttributes
	tags     map[string]string
	created  time.Time
	messages []*message // in send order
}

type message struct {
	id, body  string
	md5       string
	attrs     map[string]types.MessageAttributeValue
	sent      time.Time
	visibleAt time.Time
	receives  int
}

type receipt struct{ queue, messageID string }

// New returns an empty fake.
func New() *Server {
	return &Server{now: time.Now, queues: map[string]*queue{}, receipts: map[string]receipt{}}
}

// Client returns an SQS client answered by s in-process.
func (s *Server) Client() *sqs.Client {
	return sqs.New(sqs.Options{Region: Region}, sqstest.WithServer(s))
}

var queueName = regexp.MustCompile(`^[A-Za-z0-9_-]{1,80}$`)

// CreateQueue creates a queue, or returns the existing one's URL when the
// attributes match, as SQS does.
func (s *Server) CreateQueue(_ context.Context, in *sqs.CreateQueueInput) (*sqs.CreateQueueOutput, error) {
	name := aws.ToString(in.QueueName)
	if !queueName.MatchString(strings.TrimSuffix(name, ".fifo")) {
		return nil, invalidParameter("Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if q, ok := s.queues[name]; ok {
		if !maps.Equal(q.attrs, in.Attributes) {
			return nil, &types.QueueNameExists{Message: aws.String("A queue already exists with the same name and a different value for attribute(s)")}
		}
		return &sqs.CreateQueueOutput{QueueUrl: aws.String(URLPrefix + name)}, nil
	}
	s.queues[name] = &queue{name: name, attrs: maps.Clone(in.Attributes), tags: maps.Clone(in.Tags), created: s.now()}
	return &sqs.CreateQueueOutput{QueueUrl: aws.String(URLPrefix + name)}, nil
}

// GetQueueUrl returns a queue's URL.
func (s *Server) GetQueueUrl(_ context.Context, in *sqs.GetQueueUrlInput) (*sqs.GetQueueUrlOutput, error) {
	return onQueue(s, URLPrefix+aws.ToString(in.QueueName), func(q *queue) (*sqs.GetQueueUrlOutput, error) {
		return &sqs.GetQueueUrlOutput{QueueUrl: aws.String(URLPrefix + q.name)}, nil
	})
}

// DeleteQueue deletes a queue and its messages.
func (s *Server) DeleteQueue(_ context.Context, in *sqs.DeleteQueueInput) (*sqs.DeleteQueueOutput, error) {
	return onQueue(s, aws.ToString(in.QueueUrl), func(q *queue) (*sqs.DeleteQueueOutput, error) {
		delete(s.queues, q.name)
		return &sqs.DeleteQueueOutput{}, nil
	})
}

// GetQueueAttributes returns the requested attributes ("All" for every one).
func (s *Server) GetQueueAttributes(_ context.Context, in *sqs.GetQueueAttributesInput) (*sqs.GetQueueAttributesOutput, error) {
	return onQueue(s, aws.ToString(in.QueueUrl), func(q *queue) (*sqs.GetQueueAttributesOutput, error) {
		all := q.attributes(s.now())
		if slices.Contains(in.AttributeNames, types.QueueAttributeNameAll) {
			return &sqs.GetQueueAttributesOutput{Attributes: all}, nil
		}
		out := map[string]string{}
		for _, n := range in.AttributeNames {
			if v, ok := all[string(n)]; ok {
				out[string(n)] = v
			}
		}
		return &sqs.GetQueueAttributesOutput{Attributes: out}, nil
	})
}

// SendMessage appends a message, invisible for DelaySeconds (or the queue's
// DelaySeconds attribute).
func (s *Server) SendMessage(_ context.Context, in *sqs.SendMessageInput) (*sqs.SendMessageOutput, error) {
	return onQueue(s, aws.ToString(in.QueueUrl), func(q *queue) (*sqs.SendMessageOutput, error) {
		now := s.now()
		delay := time.Duration(in.DelaySeconds) * time.Second
		if in.DelaySeconds == 0 {
			delay = q.seconds("DelaySeconds", 0)
		}
		m := &message{
			id:        newID(),
			body:      aws.ToString(in.MessageBody),
			attrs:     maps.Clone(in.MessageAttributes),
			sent:      now,
			visibleAt: now.Add(delay),
		}
		m.md5 = md5Hex(m.body)
		q.messages = append(q.messages, m)
		return &sqs.SendMessageOutput{MessageId: aws.String(m.id), MD5OfMessageBody: aws.String(m.md5)}, nil
	})
}

// ReceiveMessage returns up to MaxNumberOfMessages visible messages and hides
// them for the visibility timeout. It never waits.
func (s *Server) ReceiveMessage(_ context.Context, in *sqs.ReceiveMessageInput) (*sqs.ReceiveMessageOutput, error) {
	limit := int(in.MaxNumberOfMessages)
	if limit == 0 {
		limit = 1
	}
	if limit < 1 || limit > maxReceive {
		return nil, invalidParameter("Value " + strconv.Itoa(limit) + " for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, if provided.")
	}
	return onQueue(s, aws.ToString(in.QueueUrl), func(q *queue) (*sqs.ReceiveMessageOutput, error) {
		now := s.now()
		visibility := time.Duration(in.VisibilityTimeout) * time.Second
		if in.VisibilityTimeout == 0 {
			visibility = q.seconds("VisibilityTimeout", defaultVisibility)
		}
		//lint:ignore SA1019 clients still send the deprecated AttributeNames; the fake answers them as SQS does
		wantAttrs := len(in.AttributeNames) > 0 || len(in.MessageSystemAttributeNames) > 0
		out := &sqs.ReceiveMessageOutput{}
		for _, m := range q.messages {
			if len(out.Messages) == limit {
				break
			}
			if now.Before(m.visibleAt) {
				continue
			}
			m.receives++
			m.visibleAt = now.Add(visibility)
			handle := newID() + newID()
			s.receipts[handle] = receipt{queue: q.name, messageID: m.id}
			msg := types.Message{
				MessageId:     aws.String(m.id),
				ReceiptHandle: aws.String(handle),
				Body:          aws.String(m.body),
				MD5OfBody:     aws.String(m.md5),
			}
			if len(in.MessageAttributeNames) > 0 {
				msg.MessageAttributes = m.attrs
			}
			if wantAttrs {
				msg.Attributes = map[string]string{
					"ApproximateReceiveCount": strconv.Itoa(m.receives),
					"SentTimestamp":           strconv.FormatInt(m.sent.UnixMilli(), 10),
				}
			}
			out.Messages = append(out.Messages, msg)
		}
		return out, nil
	})
}

// DeleteMessage deletes the message a receipt handle names. Deleting a
// message that is already gone succeeds, as on SQS.
func (s *Server) DeleteMessage(_ context.Context, in *sqs.DeleteMessageInput) (*sqs.DeleteMessageOutput, error) {
	return onQueue(s, aws.ToString(in.QueueUrl), func(q *queue) (*sqs.DeleteMessageOutput, error) {
		r, ok := s.receipts[aws.ToString(in.ReceiptHandle)]
		if !ok || r.queue != q.name {
			return nil, &types.ReceiptHandleIsInvalid{Message: aws.String("The input receipt handle is invalid.")}
		}
		q.messages = slices.DeleteFunc(q.messages, func(m *message) bool { return m.id == r.messageID })
		return &sqs.DeleteMessageOutput{}, nil
	})
}

// PurgeQueue deletes every message of a queue.
func (s *Server) PurgeQueue(_ context.Context, in *sqs.PurgeQueueInput) (*sqs.PurgeQueueOutput, error) {
	return onQueue(s, aws.ToString(in.QueueUrl), func(q *queue) (*sqs.PurgeQueueOutput, error) {
		q.messages = nil
		return &sqs.PurgeQueueOutput{}, nil
	})
}

// TagQueue adds or replaces tags.
func (s *Server) TagQueue(_ context.Context, in *sqs.TagQueueInput) (*sqs.TagQueueOutput, error) {
	return onQueue(s, aws.ToString(in.QueueUrl), func(q *queue) (*sqs.TagQueueOutput, error) {
		if q.tags == nil {
			q.tags = map[string]string{}
		}
		maps.Copy(q.tags, in.Tags)
		return &sqs.TagQueueOutput{}, nil
	})
}

// ListQueueTags returns a queue's tags.
func (s *Server) ListQueueTags(_ context.Context, in *sqs.ListQueueTagsInput) (*sqs.ListQueueTagsOutput, error) {
	return onQueue(s, aws.ToString(in.QueueUrl), func(q *queue) (*sqs.ListQueueTagsOutput, error) {
		return &sqs.ListQueueTagsOutput{Tags: maps.Clone(q.tags)}, nil
	})
}

// onQueue runs f on the queue url names, holding s.mu; it answers
// QueueDoesNotExist without calling f when there is none.
func onQueue[Out any](s *Server, url string, f func(q *queue) (*Out, error)) (*Out, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	q, err := s.queue(url)
	if err != nil {
		return nil, err
	}
	return f(q)
}

// queue finds a queue by URL. Any URL whose last path element names a queue
// is accepted, since clients build URLs with whatever host they were given.
// The caller holds s.mu.
func (s *Server) queue(url string) (*queue, error) {
	name := url[strings.LastIndex(url, "/")+1:]
	if q, ok := s.queues[name]; ok {
		return q, nil
	}
	return nil, &types.QueueDoesNotExist{Message: aws.String("The specified queue does not exist.")}
}

// attributes returns every attribute GetQueueAttributes knows: the ones set
// at creation over SQS's defaults, plus the computed ones.
func (q *queue) attributes(now time.Time) map[string]string {
	visible, hidden := 0, 0
	for _, m := range q.messages {
		if now.Before(m.visibleAt) {
			hidden++
		} else {
			visible++
		}
	}
	attrs := map[string]string{
		"DelaySeconds":                  "0",
		"MaximumMessageSize":            "262144",
		"MessageRetentionPeriod":        "345600",
		"ReceiveMessageWaitTimeSeconds": "0",
		"VisibilityTimeout":             "30",
	}
	maps.Copy(attrs, q.attrs)
	maps.Copy(attrs, map[string]string{
		"QueueArn":                              fmt.Sprintf("arn:aws:sqs:%s:%s:%s", Region, Account, q.name),
		"ApproximateNumberOfMessages":           strconv.Itoa(visible),
		"ApproximateNumberOfMessagesNotVisible": strconv.Itoa(hidden),
		"CreatedTimestamp":                      strconv.FormatInt(q.created.Unix(), 10),
		"LastModifiedTimestamp":                 strconv.FormatInt(q.created.Unix(), 10),
	})
	return attrs
}

// seconds reads a whole-seconds queue attribute, or def when unset.
func (q *queue) seconds(attr string, def time.Duration) time.Duration {
	n, err := strconv.Atoi(q.attrs[attr])
	if err != nil {
		return def
	}
	return time.Duration(n) * time.Second
}

func invalidParameter(msg string) error {
	return &smithy.GenericAPIError{Code: "InvalidParameterValue", Message: msg, Fault: smithy.FaultClient}
}

func md5Hex(s string) string {
	sum := md5.Sum([]byte(s))
	return hex.EncodeToString(sum[:])
}

// newID returns a random UUID (version 4), the form of SQS message ids.
func newID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	h := hex.EncodeToString(b[:])
	return h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
}
