// Package sqsfake is an in-memory SQS that refines the generated fake
// (sqstest.Fake), as a user adds behaviour to it: the generated fake keeps
// the queues (create, URL, attributes, tags, list, delete, with the
// model's checks and errors), and this package adds what it cannot
// derive from the model, messages: send, receive, delete and purge, with
// visibility timeouts and delays, the queue's maximum message size, the
// computed queue attributes, and SQS's own rules for queue names, queue
// types and redrive policies. Every other operation answers
// NotImplemented. Bind it to a real client with Client or
// sqs.NewFromConfig(cfg, sqstest.WithServer(fake)).
//
// The messages of a queue are kept with it (sqstest.Fake.WithQueue), so
// they go when the queue is deleted. Deliberate gaps: no FIFO ordering or
// deduplication, no long polling (WaitTimeSeconds returns at once), no
// MD5OfMessageAttributes.
package sqsfake

import (
	"context"
	"crypto/md5"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/aws/aws-sdk-go-v2/service/sqs/types"
	"github.com/aws/smithy-go"

	"github.com/awsparity/awsparity/gen/sqstest"
	"github.com/awsparity/awsparity/runtime/fakestore"
)

// Region is the region clients from Client use.
const Region = "us-east-1"

const (
	defaultVisibility = 30 // seconds
	defaultMaxSize    = 262144
	maxReceive        = 10
)

// Server is the fake. The zero value is not ready; use New.
type Server struct {
	*sqstest.Fake
	now func() time.Time
}

// queue is what Server keeps with each queue of the generated fake.
type queue struct {
	messages []*message // in send order
	// receipts maps every receipt handle issued to its message id.
	receipts map[string]string
}

type message struct {
	id, body  string
	md5       string
	attrs     map[string]types.MessageAttributeValue
	sent      time.Time
	visibleAt time.Time
	receives  int
}

// New returns an empty fake.
func New() *Server {
	return &Server{Fake: sqstest.NewFake(), now: time.Now}
}

// Client returns an SQS client answered by s in-process.
func (s *Server) Client() *sqs.Client {
	return sqs.New(sqs.Options{Region: Region}, sqstest.WithServer(s))
}

var queueName = regexp.MustCompile(`^[A-Za-z0-9_-]{1,80}$`)

// CreateQueue checks the name as SQS does (the model states no rule) and
// refuses a live queue's name with other attributes; the generated fake
// creates the queue, or answers the live one's URL.
func (s *Server) CreateQueue(ctx context.Context, in *sqs.CreateQueueInput) (*sqs.CreateQueueOutput, error) {
	name := aws.ToString(in.QueueName)
	if !queueName.MatchString(strings.TrimSuffix(name, ".fifo")) {
		return nil, invalidParameter("Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length")
	}
	if err := checkRedrivePolicy(in.Attributes); err != nil {
		return nil, err
	}
	if live, err := s.Fake.GetQueueAttributes(ctx, &sqs.GetQueueAttributesInput{QueueUrl: in.QueueName}); err == nil {
		attrs := live.Attributes
		delete(attrs, "QueueArn") // the fake's own, not one given
		if !maps.Equal(attrs, in.Attributes) && len(attrs)+len(in.Attributes) > 0 {
			return nil, &types.QueueNameExists{Message: aws.String("A queue already exists with the same name and a different value for attribute(s)")}
		}
	}
	return s.Fake.CreateQueue(ctx, in)
}

// SetQueueAttributes refuses what SQS refuses before the generated fake
// stores the attributes: a queue type cannot change, and a redrive policy
// must name its dead-letter queue by ARN.
func (s *Server) SetQueueAttributes(ctx context.Context, in *sqs.SetQueueAttributesInput) (*sqs.SetQueueAttributesOutput, error) {
	if _, ok := in.Attributes[string(types.QueueAttributeNameFifoQueue)]; ok {
		live, err := s.Fake.GetQueueAttributes(ctx, &sqs.GetQueueAttributesInput{QueueUrl: in.QueueUrl})
		if err != nil {
			return nil, err
		}
		if live.Attributes["FifoQueue"] == "true" {
			msg := "Invalid value for the parameter FifoQueue. Reason: Modifying queue type is not supported."
			return nil, &types.InvalidAttributeValue{Message: &msg}
		}
		return nil, &types.InvalidAttributeName{Message: aws.String("Unknown Attribute FifoQueue.")}
	}
	if err := checkRedrivePolicy(in.Attributes); err != nil {
		return nil, err
	}
	return s.Fake.SetQueueAttributes(ctx, in)
}

// checkRedrivePolicy refuses a RedrivePolicy attribute whose
// deadLetterTargetArn is not an ARN, as SQS does before it looks the queue
// up.
func checkRedrivePolicy(attrs map[string]string) error {
	policy, ok := attrs[string(types.QueueAttributeNameRedrivePolicy)]
	if !ok {
		return nil
	}
	var p struct {
		DeadLetterTargetArn string `json:"deadLetterTargetArn"`
	}
	if err := json.Unmarshal([]byte(policy), &p); err != nil || !isARN(p.DeadLetterTargetArn) {
		return invalidParameter("Value " + policy + " for parameter RedrivePolicy is invalid. Reason: Invalid value for deadLetterTargetArn.")
	}
	return nil
}

// isARN reports whether s has the six parts of an ARN.
func isARN(s string) bool {
	return strings.HasPrefix(s, "arn:") && strings.Count(s, ":") >= 5
}

// GetQueueAttributes answers the requested attributes ("All" for every
// one): the generated fake's (those set, and QueueArn) over SQS's
// defaults, and the ones computed from the messages.
func (s *Server) GetQueueAttributes(ctx context.Context, in *sqs.GetQueueAttributesInput) (*sqs.GetQueueAttributesOutput, error) {
	stored, err := s.Fake.GetQueueAttributes(ctx, in)
	if err != nil {
		return nil, err
	}
	all := map[string]string{
		"DelaySeconds":                  "0",
		"MaximumMessageSize":            "262144",
		"MessageRetentionPeriod":        "345600",
		"ReceiveMessageWaitTimeSeconds": "0",
		"VisibilityTimeout":             "30",
	}
	maps.Copy(all, stored.Attributes)
	err = s.WithQueue(aws.ToString(in.QueueUrl), func(r *fakestore.Resource) error {
		visible, hidden := 0, 0
		now := s.now()
		for _, m := range fakestore.Data[queue](r).messages {
			if now.Before(m.visibleAt) {
				hidden++
			} else {
				visible++
			}
		}
		maps.Copy(all, map[string]string{
			"ApproximateNumberOfMessages":           strconv.Itoa(visible),
			"ApproximateNumberOfMessagesNotVisible": strconv.Itoa(hidden),
			"CreatedTimestamp":                      strconv.FormatInt(r.Created.Unix(), 10),
			"LastModifiedTimestamp":                 strconv.FormatInt(r.Created.Unix(), 10),
		})
		return nil
	})
	if err != nil {
		return nil, err
	}
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
}

// SendMessage appends a message, invisible for DelaySeconds (or the queue's
// DelaySeconds attribute).
func (s *Server) SendMessage(ctx context.Context, in *sqs.SendMessageInput) (*sqs.SendMessageOutput, error) {
	queueDelay, err := s.number(ctx, in.QueueUrl, types.QueueAttributeNameDelaySeconds, 0)
	if err != nil {
		return nil, err
	}
	maxSize, err := s.number(ctx, in.QueueUrl, types.QueueAttributeNameMaximumMessageSize, defaultMaxSize)
	if err != nil {
		return nil, err
	}
	if len(aws.ToString(in.MessageBody)) > maxSize {
		return nil, invalidParameter("One or more parameters are invalid. Reason: Message must be shorter than " + strconv.Itoa(maxSize) + " bytes.")
	}
	delay := time.Duration(in.DelaySeconds) * time.Second
	if in.DelaySeconds == 0 {
		delay = time.Duration(queueDelay) * time.Second
	}
	now := s.now()
	m := &message{
		id:        newID(),
		body:      aws.ToString(in.MessageBody),
		attrs:     maps.Clone(in.MessageAttributes),
		sent:      now,
		visibleAt: now.Add(delay),
	}
	m.md5 = md5Hex(m.body)
	err = s.WithQueue(aws.ToString(in.QueueUrl), func(r *fakestore.Resource) error {
		q := fakestore.Data[queue](r)
		q.messages = append(q.messages, m)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return &sqs.SendMessageOutput{MessageId: aws.String(m.id), MD5OfMessageBody: aws.String(m.md5)}, nil
}

// ReceiveMessage returns up to MaxNumberOfMessages visible messages and hides
// them for the visibility timeout. It never waits.
func (s *Server) ReceiveMessage(ctx context.Context, in *sqs.ReceiveMessageInput) (*sqs.ReceiveMessageOutput, error) {
	limit := int(in.MaxNumberOfMessages)
	if limit == 0 {
		limit = 1
	}
	if limit < 1 || limit > maxReceive {
		return nil, invalidParameter("Value " + strconv.Itoa(limit) + " for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, if provided.")
	}
	seconds, err := s.number(ctx, in.QueueUrl, types.QueueAttributeNameVisibilityTimeout, defaultVisibility)
	if err != nil {
		return nil, err
	}
	if in.VisibilityTimeout != 0 {
		seconds = int(in.VisibilityTimeout)
	}
	visibility := time.Duration(seconds) * time.Second
	//lint:ignore SA1019 clients still send the deprecated AttributeNames; the fake answers them as SQS does
	wantAttrs := len(in.AttributeNames) > 0 || len(in.MessageSystemAttributeNames) > 0
	out := &sqs.ReceiveMessageOutput{}
	err = s.WithQueue(aws.ToString(in.QueueUrl), func(r *fakestore.Resource) error {
		q := fakestore.Data[queue](r)
		now := s.now()
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
			if q.receipts == nil {
				q.receipts = map[string]string{}
			}
			q.receipts[handle] = m.id
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
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// DeleteMessage deletes the message a receipt handle names. Deleting a
// message that is already gone succeeds, as on SQS.
func (s *Server) DeleteMessage(_ context.Context, in *sqs.DeleteMessageInput) (*sqs.DeleteMessageOutput, error) {
	err := s.WithQueue(aws.ToString(in.QueueUrl), func(r *fakestore.Resource) error {
		q := fakestore.Data[queue](r)
		id, ok := q.receipts[aws.ToString(in.ReceiptHandle)]
		if !ok {
			return &types.ReceiptHandleIsInvalid{Message: aws.String("The input receipt handle is invalid.")}
		}
		q.messages = slices.DeleteFunc(q.messages, func(m *message) bool { return m.id == id })
		return nil
	})
	if err != nil {
		return nil, err
	}
	return &sqs.DeleteMessageOutput{}, nil
}

// PurgeQueue deletes every message of a queue.
func (s *Server) PurgeQueue(_ context.Context, in *sqs.PurgeQueueInput) (*sqs.PurgeQueueOutput, error) {
	err := s.WithQueue(aws.ToString(in.QueueUrl), func(r *fakestore.Resource) error {
		fakestore.Data[queue](r).messages = nil
		return nil
	})
	if err != nil {
		return nil, err
	}
	return &sqs.PurgeQueueOutput{}, nil
}

// number reads a whole-number attribute of the queue url names, def when
// it is unset.
func (s *Server) number(ctx context.Context, url *string, attr types.QueueAttributeName, def int) (int, error) {
	out, err := s.Fake.GetQueueAttributes(ctx, &sqs.GetQueueAttributesInput{QueueUrl: url})
	if err != nil {
		return 0, err
	}
	n, err := strconv.Atoi(out.Attributes[string(attr)])
	if err != nil {
		return def, nil
	}
	return n, nil
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
