package e2e

import (
	"cmp"
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

	"github.com/awsparity/awsparity/examples/fakes/s3fake"
	"github.com/awsparity/awsparity/examples/fakes/sqsfake"
	"github.com/awsparity/awsparity/gen/dynamodbtest"
	"github.com/awsparity/awsparity/gen/kinesistest"
	"github.com/awsparity/awsparity/gen/s3test"
	"github.com/awsparity/awsparity/gen/snstest"
	"github.com/awsparity/awsparity/gen/sqstest"
	"github.com/awsparity/awsparity/internal/emulators"
	"github.com/awsparity/awsparity/runtime/poll"
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

	// inProcess says the target is a fake, which serves the lifecycle of
	// the resources but of their data plane (messages, items, records,
	// objects) only the steps in served. A body's other data-plane steps
	// (data) are noted in notServed instead of run.
	inProcess bool
	served    map[string]bool
	notServed []string
}

// The data-plane steps of the bodies, by what they need served.
const (
	dataSQS        = "SQS SendMessage"
	dataSNS        = "SNS Publish"
	dataDynamoDB   = "DynamoDB PutItem"
	dataKinesis    = "Kinesis PutRecord"
	dataDelivery   = "SNS to SQS delivery"
	dataS3Objects  = "S3 objects"
	dataS3Uploads  = "S3 multipart upload"
	dataS3Versions = "S3 object versions"
)

// data runs step, which uses what the fixtures made beyond its lifecycle,
// where the target serves that. Where it does not, the step is noted in
// notServed and runs anyway with its failure kept apart (poll.Try): a
// step that passes there is served after all, and listing it as not
// served would claim less than the fake does, so t fails.
func (c *clients) data(t testing.TB, what string, step func(testing.TB)) {
	t.Helper()
	if !c.inProcess || c.served[what] {
		step(t)
		return
	}
	if !slices.Contains(c.notServed, what) {
		c.notServed = append(c.notServed, what)
	}
	if poll.Try(t, step).Err() == nil {
		t.Errorf("%s passes in process but is listed as not served: add it to the fakes' served steps", what)
	}
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

// fakes are the servers of an in-process target, and the data-plane
// steps they serve.
type fakes struct {
	sqs      sqstest.Server
	sns      snstest.Server
	dynamodb dynamodbtest.Server
	kinesis  kinesistest.Server
	s3       s3test.Server
	served   map[string]bool
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

// refinedFakes are the generated fakes with the hand-written example fakes
// for SQS and S3, which serve messages, objects and object versions.
func refinedFakes() fakes {
	f := generatedFakes()
	f.sqs, f.s3 = sqsfake.New(), s3fake.New()
	f.served = map[string]bool{dataSQS: true, dataS3Objects: true, dataS3Versions: true}
	return f
}

// clients binds the helper packages' NewClient, as a user's test calls
// it, to f in process.
func (f fakes) clients(t *testing.T) *clients {
	inProcess(t)
	s3C := s3test.NewClient(t, f.s3)
	return &clients{
		sqs:        sqstest.NewClient(t, f.sqs),
		sns:        snstest.NewClient(t, f.sns),
		dynamodb:   dynamodbtest.NewClient(t, f.dynamodb),
		kinesis:    kinesistest.NewClient(t, f.kinesis),
		s3:         s3C,
		s3Versions: s3C,
		s3rver:     s3C,
		inProcess:  true,
		served:     f.served,
	}
}

// A body is one of the e2e test bodies, run unchanged on every target: the
// fixture tests of this package (TestCreateQueue, …, TestSubscriptionToQueue
// run them on the emulators alone), and the invalid-input checks.
type body struct {
	service, name string
	run           func(tb, *clients)
}

var bodies = []body{
	{"SQS", "queue", testQueue},
	{"SNS", "topic", testTopic},
	{"DynamoDB", "table", testTable},
	{"Kinesis", "stream", testStream},
	{"DynamoDB", "table, invalid input", testTableInvalid},
	{"Kinesis", "stream, invalid input", testStreamInvalid},
	{"S3", "bucket (fauxqs)", func(t tb, c *clients) { testBucket(t, c, c.s3, false, false) }},
	{"S3", "bucket, open upload (s3rver)", func(t tb, c *clients) { testBucket(t, c, c.s3rver, false, true) }},
	{"S3", "bucket, versions, open upload (gofakes3)", func(t tb, c *clients) { testBucket(t, c, c.s3Versions, true, true) }},
	{"SNS", "subscription", testSubscription},
	{"SNS, SQS", "subscription to queue", testSubscriptionToQueue},
}

// outcome is how a body ended on one target.
type outcome struct {
	failure   string // what failed, one message a line; "" when it did not
	skipped   string
	notServed []string
}

func (o outcome) verdict() string {
	switch {
	case o.failure != "":
		return "fail"
	case o.skipped != "":
		return "skip"
	}
	return "pass"
}

func (o outcome) String() string {
	switch {
	case o.failure != "":
		return "fail: " + strings.ReplaceAll(o.failure, "\n", "; ")
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
		a := record(t, func(t tb) { b.run(t, c) })
		out[i] = outcome{notServed: c.notServed}
		if err := a.Err(); err != nil {
			out[i].failure = err.Error()
		} else if skip, skipped := a.SkipReason(); skipped {
			out[i].skipped = cmp.Or(skip, "skipped")
		}
	}
	return out
}

// column is one target's outcomes, and the differences from the
// reference it is known to have: by body, a text its failure contains.
type column struct {
	name     string
	outcomes []outcome
	gaps     map[string]string
}

// comparison is the table of outcomes, and the differences from the
// reference that no gap explains and the gaps that did not show, each as
// "column: body".
type comparison struct {
	table         string
	differ, stale []string
}

// compare sets the other columns' outcomes beside the reference's.
func compare(ref column, others ...column) comparison {
	var c comparison
	var sb strings.Builder
	w := tabwriter.NewWriter(&sb, 0, 0, 2, ' ', 0)
	head := []string{"service", "body", ref.name}
	for _, o := range others {
		head = append(head, o.name)
	}
	for _, o := range others {
		head = append(head, "data plane, "+ref.name+" only ("+o.name+")")
	}
	fmt.Fprintln(w, strings.Join(head, "\t"))
	agreeing := make([]int, len(others))
	for i, bd := range bodies {
		row := []string{bd.service, bd.name, ref.outcomes[i].verdict()}
		var only []string
		for k, col := range others {
			o := col.outcomes[i]
			gap, listed := col.gaps[bd.name]
			cell := o.verdict()
			switch {
			case o.verdict() == ref.outcomes[i].verdict():
				agreeing[k]++
				if listed {
					c.stale = append(c.stale, col.name+": "+bd.name)
				}
			case listed && strings.Contains(o.String(), gap):
				cell += " (known gap)"
			default:
				cell += " (DIFFERS)"
				c.differ = append(c.differ, col.name+": "+bd.name)
			}
			row = append(row, cell)
			only = append(only, cmp.Or(strings.Join(o.notServed, ", "), "-"))
		}
		fmt.Fprintln(w, strings.Join(append(row, only...), "\t"))
	}
	w.Flush()
	for k, col := range others {
		fmt.Fprintf(&sb, "%s: %d of %d bodies agree with %s\n", col.name, agreeing[k], len(bodies), ref.name)
	}
	for i, bd := range bodies {
		for _, col := range append([]column{ref}, others...) {
			if o := col.outcomes[i]; o.verdict() != "pass" {
				fmt.Fprintf(&sb, "%s on %s: %s\n", bd.name, col.name, o)
			}
		}
	}
	c.table = sb.String()
	return c
}

// TestFixturesAgree runs the fixture test bodies of this package on the CI
// emulators, the reference, and in process on the generated fakes (no
// hand-written code) and on the generated fakes refined by the example
// fakes. It fails unless every body passes on the emulators and ends the
// same in process (known gaps aside). The data-plane steps a fake does not
// serve run on the emulators only and are listed in the table (go test -v
// prints it).
func TestFixturesAgree(t *testing.T) {
	emu := column{name: "emulators", outcomes: runBodies(t, emulatorClients(t))}
	// Neither column has a known gap today: one found later is listed in
	// its gaps, by body, with a text its failure contains and why.
	generated := column{name: "generated fakes", outcomes: runBodies(t, generatedFakes().clients(t))}
	refined := column{name: "+ sqsfake, s3fake", outcomes: runBodies(t, refinedFakes().clients(t))}
	c := compare(emu, generated, refined)
	t.Log("outcome of each fixture test body:\n" + c.table)
	if len(c.differ) > 0 {
		t.Errorf("outcomes differ from the emulators' for %s (table above)", strings.Join(c.differ, "; "))
	}
	if len(c.stale) > 0 {
		t.Errorf("known gaps no longer show for %s: remove them", strings.Join(c.stale, "; "))
	}
	for i, o := range emu.outcomes {
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
	generated := column{name: "generated", outcomes: good}
	c := compare(generated, column{name: "broken ListQueueTags", outcomes: bad})
	t.Log("\n" + c.table)
	if !slices.Equal(c.differ, []string{"broken ListQueueTags: queue"}) {
		t.Fatalf("differences = %q, want only the queue body", c.differ)
	}
	queueBody := slices.IndexFunc(bodies, func(b body) bool { return b.name == "queue" })
	if queue := bad[queueBody]; !strings.Contains(queue.String(), "lack the run tag") {
		t.Errorf("queue body on the broken fake: %s; want the failed run-tag check", queue)
	}
	// A data-plane step listed as not served that the fake serves fails
	// the body: sqsfake sends messages.
	understated := refinedFakes()
	delete(understated.served, dataSQS)
	if queue := runBodies(t, understated.clients(t))[queueBody]; !strings.Contains(queue.String(), "SQS SendMessage passes in process but is listed as not served") {
		t.Errorf("queue body on sqsfake with SendMessage listed as not served: %s", queue)
	}
	// A known gap hides only its own failure, and one that no longer
	// shows is reported.
	if c := compare(generated, column{name: "broken", outcomes: bad, gaps: map[string]string{"queue": "another failure"}}); len(c.differ) != 1 {
		t.Errorf("a gap listing another failure hid the queue difference: differences = %q", c.differ)
	}
	if c := compare(generated, column{name: "broken", outcomes: bad, gaps: map[string]string{"queue": "lack the run tag", "topic": "x"}}); len(c.differ) != 0 || !slices.Equal(c.stale, []string{"broken: topic"}) {
		t.Errorf("differences = %q, stale gaps = %q; want none, and the agreeing topic", c.differ, c.stale)
	}
}
