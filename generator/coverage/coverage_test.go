package coverage_test

import (
	"bytes"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/awsparity/awsparity/generator/coverage"
)

const sqsfake = "github.com/awsparity/awsparity/examples/fakes/sqsfake"

// analyze runs the analysis from the module root, like cmd/gen would.
func analyze(t *testing.T, patterns ...string) *coverage.Report {
	t.Helper()
	r, err := coverage.Analyze(filepath.Join("..", ".."), patterns...)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func names(ops []coverage.Operation) []string {
	out := make([]string, len(ops))
	for i, op := range ops {
		out[i] = op.Name
	}
	return out
}

func TestSQSFake(t *testing.T) {
	r := analyze(t, sqsfake)
	if len(r.Services) != 1 {
		t.Fatalf("got %d service reports, want 1: %+v", len(r.Services), r.Services)
	}
	s := r.Services[0]
	if s.Name != "SQS" || s.SDKPackage != "github.com/aws/aws-sdk-go-v2/service/sqs" ||
		s.StubPackage != "github.com/awsparity/awsparity/gen/sqstest" || s.Implementation != sqsfake+".Server" || s.Receiver != "*Server" {
		t.Errorf("service = %q %q %q %q %q", s.Name, s.SDKPackage, s.StubPackage, s.Implementation, s.Receiver)
	}
	overridden := names(s.Overridden)
	// sqsfake refines the generated sqstest.Fake: its own methods are
	// hand-written, the promoted ones the generated lifecycle's.
	declared := map[string]string{}
	generated := map[string]bool{}
	for _, op := range s.Overridden {
		declared[op.Name], generated[op.Name] = op.DeclaredBy, op.Generated
	}
	for _, op := range []string{"CreateQueue", "GetQueueAttributes", "SendMessage", "ReceiveMessage", "DeleteMessage"} {
		if declared[op] != s.Implementation || generated[op] {
			t.Errorf("%s declared by %q (generated %v), want hand-written by the fake itself", op, declared[op], generated[op])
		}
	}
	for _, op := range []string{"ListQueues", "DeleteQueue", "GetQueueUrl", "TagQueue"} {
		if declared[op] != "github.com/awsparity/awsparity/gen/sqstest.Fake" || !generated[op] {
			t.Errorf("%s declared by %q (generated %v), want the generated sqstest.Fake", op, declared[op], generated[op])
		}
	}
	for _, op := range []string{"ChangeMessageVisibility", "SendMessageBatch", "AddPermission"} {
		if !slices.Contains(s.NotImplemented, op) {
			t.Errorf("%s not reported as NotImplemented; NotImplemented: %v", op, s.NotImplemented)
		}
		if slices.Contains(overridden, op) {
			t.Errorf("%s reported as overridden", op)
		}
	}
	if g := s.Generated(); g == 0 || g == len(s.Overridden) {
		t.Errorf("%d of %d overridden operations generated, want some of each", g, len(s.Overridden))
	}
	if !slices.IsSorted(overridden) || !slices.IsSorted(s.NotImplemented) {
		t.Error("operation lists are not sorted")
	}
	if s.Total() < 20 || s.Percent() <= 0 || s.Percent() >= 100 {
		t.Errorf("total %d, percent %.1f", s.Total(), s.Percent())
	}
}

const impl = "github.com/awsparity/awsparity/generator/coverage/testdata/impl"

// TestPromotedAndMultipleStubs uses testdata/impl: a type embedding two
// services' stubs, and methods promoted from a helper it embeds.
func TestPromotedAndMultipleStubs(t *testing.T) {
	r := analyze(t, impl)
	var got []string
	for _, s := range r.Services {
		got = append(got, s.Name+" "+strings.TrimPrefix(s.Implementation, impl+".")+" recv="+s.Receiver+
			" ["+strings.Join(names(s.Overridden), ",")+"]")
	}
	// Both satisfies both interfaces: unexported marker methods of different
	// packages are different methods. sqsPart and s3Part are only parts of
	// other implementations, so they are not reported on their own.
	want := []string{
		"S3 Both recv=Both [HeadBucket]",
		"SQS Ambiguous recv= []",
		"SQS Both recv=Both [GetQueueUrl]",
		"SQS Promoted recv=*Promoted [CreateQueue,GetQueueUrl]",
		"SQS Refined recv=Refined [CreateQueue,DeleteQueue,GetQueueAttributes,GetQueueUrl,ListDeadLetterSourceQueues,ListQueueTags,ListQueues,SendMessage,SetQueueAttributes,TagQueue,UntagQueue]",
	}
	if !slices.Equal(got, want) {
		t.Errorf("reports:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, s := range r.Services {
		for _, op := range s.Overridden {
			if s.Implementation == impl+".Promoted" && op.Name == "CreateQueue" && op.DeclaredBy != impl+".helper" {
				t.Errorf("CreateQueue declared by %s, want the embedded helper", op.DeclaredBy)
			}
		}
	}
	// Refined's SendMessage is its own; the rest is the generated fake's.
	for _, s := range r.Services {
		if s.Implementation != impl+".Refined" {
			continue
		}
		for _, op := range s.Overridden {
			if op.Generated != (op.Name != "SendMessage") {
				t.Errorf("Refined.%s: generated = %v (declared by %s)", op.Name, op.Generated, op.DeclaredBy)
			}
		}
		if s.HandWritten() != 1 || s.Generated() != 10 {
			t.Errorf("Refined: %d hand-written, %d generated", s.HandWritten(), s.Generated())
		}
	}
	var md bytes.Buffer
	if err := r.WriteMarkdown(&md); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"- CreateQueue (promoted from `" + impl + ".helper`)", "**The type does not satisfy",
		"- CreateQueue (generated lifecycle)\n", "- SendMessage\n", "| SQS | `" + impl + ".Refined` | "} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("markdown lacks %q:\n%s", want, md.String())
		}
	}
}

func TestNoImplementation(t *testing.T) {
	_, err := coverage.Analyze(filepath.Join("..", ".."), "github.com/awsparity/awsparity/runtime/stub")
	if err == nil || !strings.Contains(err.Error(), "no type in github.com/awsparity/awsparity/runtime/stub embeds") {
		t.Errorf("err = %v", err)
	}
}

func TestBadPackage(t *testing.T) {
	const missing = "github.com/awsparity/awsparity/no/such/package"
	_, err := coverage.Analyze(filepath.Join("..", ".."), missing)
	if err == nil || !strings.Contains(err.Error(), "coverage: "+missing+": ") {
		t.Errorf("err = %v, want an error naming %s", err, missing)
	}
}

func TestWriteMarkdownAndHTML(t *testing.T) {
	r := analyze(t, sqsfake)
	var md, html bytes.Buffer
	if err := r.WriteMarkdown(&md); err != nil {
		t.Fatal(err)
	}
	if err := r.WriteHTML(&html); err != nil {
		t.Fatal(err)
	}
	s := r.Services[0]
	row := "| SQS | `" + sqsfake + ".Server` | "
	for _, want := range []string{row, "- CreateQueue\n", "ChangeMessageVisibility", "Bind with `WithServer(&Server{…})`"} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("markdown lacks %q:\n%s", want, md.String())
		}
	}
	for _, want := range []string{"<details>", "<summary>NotImplemented (" + strconv.Itoa(len(s.NotImplemented)) + ")</summary>", "<li>ChangeMessageVisibility</li>", "<li>CreateQueue</li>"} {
		if !strings.Contains(html.String(), want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
	for _, forbidden := range []string{"<script", "http://", "https://", "ZgotmplZ"} {
		if strings.Contains(html.String(), forbidden) {
			t.Errorf("HTML contains %q: it must be a static, self-contained page", forbidden)
		}
	}
}
