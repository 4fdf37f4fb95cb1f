package e2e

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"text/tabwriter"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/kinesis"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"github.com/awsparity/awsparity/gen/dynamodbtest"
	"github.com/awsparity/awsparity/gen/kinesistest"
	"github.com/awsparity/awsparity/gen/s3test"
	"github.com/awsparity/awsparity/gen/snstest"
	"github.com/awsparity/awsparity/gen/sqstest"
	"github.com/awsparity/awsparity/internal/emulators"
)

// clients are one target's clients for the services the fixture test
// bodies use.
type clients struct {
	sqs      *sqs.Client
	sns      *sns.Client
	dynamodb *dynamodb.Client
	kinesis  *kinesis.Client
	// s3 is fauxqs on the emulators, s3Versions gofakes3 (object versions
	// and multipart listings), s3rver s3rver; in process all three are
	// the one fake.
	s3, s3Versions, s3rver *s3.Client

	// lifecycleOnly says the target serves the resources' lifecycle but
	// not what they hold (messages, items, records, objects): the
	// generated fakes. A body's data-plane steps (data) are then noted in
	// notServed instead of run.
	lifecycleOnly bool
	notServed     []string
}

// data runs step, which uses what the fixtures made beyond its lifecycle,
// where the target serves that.
func (c *clients) data(what string, step func()) {
	if c.lifecycleOnly {
		c.notServed = append(c.notServed, what)
		return
	}
	step()
}

// emulatorClients are clients of the CI emulators (and gofakes3); without
// them the test is skipped, or fails under CI=true.
func emulatorClients(t testing.TB) *clients {
	return &clients{
		sqs:        sqsClient(t),
		sns:        snsClient(t),
		dynamodb:   dynamodbClient(t),
		kinesis:    kinesisClient(t),
		s3:         s3Client(emulators.Endpoint(t, "s3")),
		s3Versions: s3Client(emulators.GoFakeS3(t)),
		s3rver:     s3rverClient(t),
	}
}

// fakes are the servers of an in-process target.
type fakes struct {
	sqs      sqstest.Server
	sns      snstest.Server
	dynamodb dynamodbtest.Server
	kinesis  kinesistest.Server
	s3       s3test.Server
}

// generatedFakes are new generated fakes, with no hand-written code.
func generatedFakes() fakes {
	return fakes{
		sqs:      sqstest.NewFake(),
		sns:      snstest.NewFake(),
		dynamodb: dynamodbtest.NewFake(),
		kinesis:  kinesistest.NewFake(),
		s3:       s3test.NewFake(),
	}
}

// clients binds the helper packages' NewClient, as a user's test calls
// it, to f in process.
func (f fakes) clients(t *testing.T) *clients {
	inProcess(t)
	s3C := s3test.NewClient(t, f.s3)
	return &clients{
		sqs:           sqstest.NewClient(t, f.sqs),
		sns:           snstest.NewClient(t, f.sns),
		dynamodb:      dynamodbtest.NewClient(t, f.dynamodb),
		kinesis:       kinesistest.NewClient(t, f.kinesis),
		s3:            s3C,
		s3Versions:    s3C,
		s3rver:        s3C,
		lifecycleOnly: true,
	}
}

// A body is one of the fixture e2e tests, run unchanged on every target.
type body struct {
	name string
	run  func(tb, *clients)
}

var bodies = []body{
	{"queue", testQueue},
	{"topic", testTopic},
	{"table", testTable},
	{"stream", testStream},
	{"bucket (fauxqs)", func(t tb, c *clients) { testBucket(t, c, c.s3, false, false) }},
	{"bucket, open upload (s3rver)", func(t tb, c *clients) { testBucket(t, c, c.s3rver, false, true) }},
	{"bucket, versions, open upload (gofakes3)", func(t tb, c *clients) { testBucket(t, c, c.s3Versions, true, true) }},
	{"subscription to queue", testSubscriptionToQueue},
}

// outcome is how a body ended on one target.
type outcome struct {
	failures  []string
	skipped   string
	notServed []string
}

func (o outcome) verdict() string {
	switch {
	case len(o.failures) > 0:
		return "fail"
	case o.skipped != "":
		return "skip"
	}
	return "pass"
}

func (o outcome) String() string {
	switch {
	case len(o.failures) > 0:
		return "fail: " + strings.Join(o.failures, "; ")
	case o.skipped != "":
		return "skip: " + o.skipped
	}
	return "pass"
}

// runBodies runs every body on c, in order, and records how each ended.
func runBodies(t testing.TB, c *clients) []outcome {
	out := make([]outcome, len(bodies))
	for i, b := range bodies {
		c.notServed = nil
		r := record(t, func(t tb) { b.run(t, c) })
		out[i] = outcome{failures: r.failures, skipped: r.skipped, notServed: c.notServed}
	}
	return out
}

// fakeGaps are the disagreements the generated fakes are known to cause:
// by body, a text the in-process failure contains. A body listed here that
// differs for another reason, or agrees, fails TestFixturesAgree, so the
// list shrinks as the fakes grow and hides nothing else.
var fakeGaps = map[string]string{
	// The Kinesis fake reads a stream with DescribeStream only; the body's
	// leak check calls DescribeStreamSummary, which answers NotImplemented.
	"stream": "Kinesis.DescribeStreamSummary is not implemented",
	// The SNS fake's Subscribe answers SubscriptionArn
	// arn:aws:sns:us-east-1:000000000000: (the kind's ARN template ends in
	// {name} and a subscription has none; SNS makes <topic ARN>:<uuid>), the
	// same for every subscription, and GetSubscriptionAttributes answers no
	// attributes (no TopicArn), so the body cannot tie it to its topic.
	"subscription to queue": "is not of topic",
}

// comparison sets the outcomes of two targets side by side.
type comparison struct {
	table  string
	differ []string // bodies whose verdicts differ, known gaps aside
	stale  []string // known gaps that did not show
}

// compare compares a and b, the outcomes on the targets named by columns;
// a difference gaps lists for a body (by a text b's failure contains) is
// reported in the table but not in differ.
func compare(columns [2]string, a, b []outcome, gaps map[string]string) comparison {
	var c comparison
	var sb strings.Builder
	w := tabwriter.NewWriter(&sb, 0, 0, 2, ' ', 0)
	fmt.Fprintf(w, "body\t%s\t%s\tagree\tdata plane, %s only\n", columns[0], columns[1], columns[0])
	agreeing := 0
	for i, bd := range bodies {
		gap, listed := gaps[bd.name]
		agree := "yes"
		switch {
		case a[i].verdict() == b[i].verdict():
			agreeing++
			if listed {
				c.stale = append(c.stale, bd.name)
			}
		case listed && strings.Contains(b[i].String(), gap):
			agree = "NO (known fake gap)"
		default:
			agree = "NO"
			c.differ = append(c.differ, bd.name)
		}
		only := strings.Join(b[i].notServed, ", ")
		if only == "" {
			only = "-"
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\n", bd.name, a[i].verdict(), b[i].verdict(), agree, only)
	}
	w.Flush()
	fmt.Fprintf(&sb, "%d of %d bodies agree\n", agreeing, len(bodies))
	for i, bd := range bodies {
		for col, o := range [2]outcome{a[i], b[i]} {
			if o.verdict() != "pass" {
				fmt.Fprintf(&sb, "%s on %s: %s\n", bd.name, columns[col], o)
			}
		}
	}
	c.table = sb.String()
	return c
}

// TestFixturesAgree runs the fixture test bodies of this package on the CI
// emulators and in process on the generated fakes (no hand-written code),
// and fails unless every body ends the same on both (fakeGaps aside) and
// passes on the emulators, the reference. What the generated fakes do not
// serve (the data plane) runs on the emulators only and is listed in the
// table (go test -v prints it).
func TestFixturesAgree(t *testing.T) {
	emu := runBodies(t, emulatorClients(t))
	fake := runBodies(t, generatedFakes().clients(t))
	c := compare([2]string{"emulator", "in-process"}, emu, fake, fakeGaps)
	t.Log("fixture bodies on the emulators and on the generated fakes:\n" + c.table)
	if len(c.differ) > 0 {
		t.Errorf("outcomes differ for %s (table above)", strings.Join(c.differ, ", "))
	}
	if len(c.stale) > 0 {
		t.Errorf("fakeGaps lists %s, which now agree: remove them", strings.Join(c.stale, ", "))
	}
	for i, o := range emu {
		if o.verdict() != "pass" {
			t.Errorf("%s does not pass on the emulators, the reference: %s", bodies[i].name, o)
		}
	}
}

// untaggedQueues refines the generated SQS fake wrongly: ListQueueTags
// answers no tags, so the queue body's run-tag check fails.
type untaggedQueues struct{ *sqstest.Fake }

func (untaggedQueues) ListQueueTags(context.Context, *sqs.ListQueueTagsInput) (*sqs.ListQueueTagsOutput, error) {
	return &sqs.ListQueueTagsOutput{}, nil
}

// TestFixturesAgreeFailsOnADifference proves compare catches a target
// that breaks one operation: the generated fakes against the same fakes
// with untaggedQueues differ on the queue body, and on nothing else.
func TestFixturesAgreeFailsOnADifference(t *testing.T) {
	good := runBodies(t, generatedFakes().clients(t))
	broken := generatedFakes()
	broken.sqs = untaggedQueues{sqstest.NewFake()}
	bad := runBodies(t, broken.clients(t))
	c := compare([2]string{"generated", "broken ListQueueTags"}, good, bad, nil)
	t.Log("\n" + c.table)
	if !slices.Equal(c.differ, []string{"queue"}) {
		t.Fatalf("bodies differing = %q, want only the queue body", c.differ)
	}
	queue := bad[slices.IndexFunc(bodies, func(b body) bool { return b.name == "queue" })]
	if !strings.Contains(queue.String(), "lack the run tag") {
		t.Errorf("queue body on the broken fake: %s; want the failed run-tag check", queue)
	}
	// A known gap hides only its own failure, and one that no longer
	// shows is reported.
	if c := compare([2]string{"generated", "broken"}, good, bad, map[string]string{"queue": "another failure"}); !slices.Equal(c.differ, []string{"queue"}) {
		t.Errorf("a gap listing another failure hid the queue difference: differ = %q", c.differ)
	}
	if c := compare([2]string{"generated", "broken"}, good, bad, map[string]string{"queue": "lack the run tag", "topic": "x"}); len(c.differ) != 0 || !slices.Equal(c.stale, []string{"topic"}) {
		t.Errorf("differ = %q, stale = %q; want none, and the agreeing topic", c.differ, c.stale)
	}
}
