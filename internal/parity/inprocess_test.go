package parity

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/awsparity/awsparity/gen/snstest"
	"github.com/awsparity/awsparity/generator/coverage"
	"github.com/awsparity/awsparity/runtime/target"
)

const (
	testA = "tests/aws/services/sqs/test_sqs.py::T::test_a"
	testB = "tests/aws/services/sqs/test_sqs.py::T::test_b"
	impl  = "example.com/fakes/sqsfake.Server"
)

// inProcessResults are two runs on an in-process target: test_a ran and
// called a hand-written and a generated operation, test_b stopped at one
// the fake answers NotImplemented.
func inProcessResults() []Result {
	return []Result{
		{Test: testA, Target: "fake", Key: "k"},
		{Test: testA, Target: "fake", Fake: impl, Calls: []Call{{Operation: "CreateQueue"}, {Operation: "SendMessage"}}},
		{Test: testB, Target: "fake", Skipped: true, Fake: impl,
			Calls: []Call{{Operation: "CreateQueue"}, {Operation: "ListQueues", NotImplemented: true}}},
	}
}

var sqsCoverage = []coverage.Service{{Name: "SQS", Implementation: impl, StubPackage: "example.com/sqstest",
	Overridden: []coverage.Operation{
		{Name: "CreateQueue", DeclaredBy: "example.com/sqstest.Fake", Generated: true},
		{Name: "SendMessage", DeclaredBy: impl},
	},
	NotImplemented: []string{"DeleteQueue", "ListQueues"},
}}

func TestClassify(t *testing.T) {
	r := Build(inProcessResults())
	if err := r.Classify(sqsCoverage); err != nil {
		t.Fatal(err)
	}
	if len(r.Fakes) != 1 {
		t.Fatalf("fakes = %+v, want one", r.Fakes)
	}
	f := r.Fakes[0]
	if f.Target != "fake" || f.Service != "SQS" || f.Implementation != impl ||
		f.HandWritten != 1 || f.Generated != 1 || f.NotImplemented != 2 || f.Operations() != 4 {
		t.Errorf("fake = %+v", f)
	}
	var got []string
	for _, op := range f.Ops {
		got = append(got, op.Name+": "+op.Answer()+" "+strings.Join(op.Tests, ","))
	}
	want := []string{
		"CreateQueue: generated lifecycle " + testA + "," + testB,
		"ListQueues: NotImplemented " + testB,
		"SendMessage: hand-written (sqsfake.Server) " + testA,
	}
	if !slices.Equal(got, want) {
		t.Errorf("operations:\n got %q\nwant %q", got, want)
	}
	if f.Called(HandWritten) != 1 || f.Called(GeneratedLifecycle) != 1 || f.Called(NotImplemented) != 1 {
		t.Errorf("called: %d hand-written, %d generated, %d NotImplemented", f.Called(HandWritten), f.Called(GeneratedLifecycle), f.Called(NotImplemented))
	}
	if got := r.Cells[[2]string{testB, "fake"}].Status(); got != "not run: ListQueues NotImplemented" {
		t.Errorf("test_b: %q", got)
	}
	if got := r.Cells[[2]string{testA, "fake"}].Status(); got != "✅ matches AWS" {
		t.Errorf("test_a: %q", got)
	}
	partial := Build([]Result{{Test: testA, Target: "fake", Key: "k"},
		{Test: testA, Target: "fake", Skipped: true, Fake: impl, Calls: []Call{{Operation: "ListQueues", NotImplemented: true}}}})
	if got := partial.Cells[[2]string{testA, "fake"}].Status(); got != "✅ matches AWS, then stopped: ListQueues NotImplemented" {
		t.Errorf("a run stopped after a match: %q", got)
	}
	if p := r.Problems(); len(p) != 0 {
		t.Errorf("problems: %q", p)
	}

	var md, html bytes.Buffer
	if err := r.Markdown(&md); err != nil {
		t.Fatal(err)
	}
	if err := r.HTML(&html); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"| fake | SQS | `sqsfake.Server` | 4 | 1 | 1 | 2 | 1 | 1 | 1 |",
		"### fake: SQS (`" + impl + "`)",
		"| SendMessage | hand-written (sqsfake.Server) | 1 |",
		"| CreateQueue | generated lifecycle | 2 |",
		"| ListQueues | **NotImplemented** | 1 |",
		"| fake | 1 | 1 | 0 | 0 | 1 | 0 |",
	} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("markdown lacks %q:\n%s", want, md.String())
		}
	}
	for _, want := range []string{
		"<tr><td>fake</td><td>SQS</td><td><code>sqsfake.Server</code></td><td>4</td><td>1</td><td>1</td><td>2</td><td>1</td><td>1</td><td>1</td></tr>",
		"<tr><td>SendMessage</td><td>hand-written (sqsfake.Server)</td><td>1</td></tr>",
		`<tr class="bad"><td>ListQueues</td><td>NotImplemented</td><td>1</td></tr>`,
		"not run: ListQueues NotImplemented",
		"(<code>go run ./cmd/gen coverage PACKAGE</code> lists every",
	} {
		if !strings.Contains(html.String(), want) {
			t.Errorf("HTML lacks %q:\n%s", want, html.String())
		}
	}
}

func TestClassifyErrors(t *testing.T) {
	r := Build(inProcessResults())
	if err := r.Classify(nil); err == nil || !strings.Contains(err.Error(), "coverage reports nothing for "+impl) {
		t.Errorf("no coverage: %v", err)
	}
	cov := slices.Clone(sqsCoverage)
	cov[0].NotImplemented = []string{"DeleteQueue"}
	if err := r.Classify(cov); err == nil || !strings.Contains(err.Error(), "called ListQueues, which") {
		t.Errorf("unknown operation: %v", err)
	}
	unbound := Build([]Result{{Test: testA, Target: "fake", Calls: []Call{{Operation: "CreateQueue"}}}})
	if p := unbound.Problems(); len(p) != 1 || !strings.Contains(p[0], "without parity.Bind") {
		t.Errorf("problems of a run without Bind: %q", p)
	}
}

// TestAnalyzeRealFakes runs generator/coverage on the example SQS fake and
// the generated SNS fake.
func TestAnalyzeRealFakes(t *testing.T) {
	const sqsImpl = "github.com/awsparity/awsparity/examples/fakes/sqsfake.Server"
	const snsImpl = "github.com/awsparity/awsparity/gen/snstest.Fake"
	r := Build([]Result{
		{Test: testA, Target: "sqsfake", Fake: sqsImpl, Calls: []Call{{Operation: "SendMessage"}, {Operation: "AddPermission", NotImplemented: true}}},
		{Test: testB, Target: GeneratedFake, Fake: snsImpl, Calls: []Call{{Operation: "CreateTopic"}, {Operation: "Publish", NotImplemented: true}}},
	})
	if err := r.Analyze(""); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range r.Fakes {
		for _, op := range f.Ops {
			got = append(got, f.Target+" "+f.Service+" "+op.Name+": "+op.Answer())
		}
	}
	want := []string{
		GeneratedFake + " SNS CreateTopic: generated lifecycle",
		GeneratedFake + " SNS Publish: NotImplemented",
		"sqsfake SQS AddPermission: NotImplemented",
		"sqsfake SQS SendMessage: hand-written (sqsfake.Server)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("operations:\n got %q\nwant %q", got, want)
	}
}

// TestRecordCalls binds fakes as the suite does and checks what a run
// records: the bound type, each operation once, and which answered
// NotImplemented.
func TestRecordCalls(t *testing.T) {
	tg := Target{Name: GeneratedFake, Kind: target.InProcess, calls: &calls{ops: map[string]bool{}}}
	cfg, _ := tg.Config(t)
	c := sns.NewFromConfig(cfg, snstest.WithServer(Bind(tg, snstest.NewFake())))
	for range 2 {
		if _, err := c.CreateTopic(t.Context(), &sns.CreateTopicInput{Name: aws.String("t")}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := c.Publish(t.Context(), &sns.PublishInput{Message: aws.String("m"), TopicArn: aws.String("arn")}); err == nil {
		t.Fatal("Publish answered; the generated fake was expected to answer NotImplemented")
	}
	fake, got := tg.calls.result()
	want := []Call{{Operation: "CreateTopic"}, {Operation: "Publish", NotImplemented: true}}
	if fake != "github.com/awsparity/awsparity/gen/snstest.Fake" || !slices.Equal(got, want) {
		t.Errorf("recorded %s %+v, want %+v", fake, got, want)
	}
}
