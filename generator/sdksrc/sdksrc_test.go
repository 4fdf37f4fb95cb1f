package sdksrc_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/awsparity/awsparity/generator/sdksrc"
)

const sdk = "github.com/aws/aws-sdk-go-v2/service/"

// repoRoot is the directory of this repository's go.mod, whose pinned SDK
// modules the tests read.
func repoRoot(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Fatal("no go.mod above the test directory")
		}
		dir = parent
	}
}

func locate(tb testing.TB, svc string) sdksrc.Module {
	tb.Helper()
	mods, err := sdksrc.Locate(context.Background(), repoRoot(tb), sdk+svc)
	if err != nil {
		tb.Fatal(err)
	}
	m, ok := mods[sdk+svc]
	if !ok {
		tb.Fatalf("%s is not pinned in go.mod", svc)
	}
	return m
}

func TestLocateSkipsUnknownModules(t *testing.T) {
	mods, err := sdksrc.Locate(context.Background(), repoRoot(t), sdk+"sqs", sdk+"nosuchservice")
	if err != nil {
		t.Fatal(err)
	}
	if len(mods) != 1 || mods[sdk+"sqs"].Dir == "" || mods[sdk+"sqs"].Version == "" {
		t.Fatalf("Locate = %+v, want only sqs with dir and version", mods)
	}
}

func TestParseSQS(t *testing.T) {
	m := locate(t, "sqs")
	pkg, err := sdksrc.Parse(m.Dir, m.Path, m.Version)
	if err != nil {
		t.Fatal(err)
	}
	if pkg.Name != "sqs" {
		t.Errorf("Name = %q", pkg.Name)
	}
	send := pkg.Operations["SendMessage"]
	if send == nil {
		t.Fatal("SendMessage missing")
	}
	for name, want := range map[string]string{
		"QueueUrl":          "*string",
		"DelaySeconds":      "int32",
		"MessageAttributes": "map[string]types.MessageAttributeValue",
	} {
		if f, ok := sdksrc.FieldNamed(send.Input, name); !ok || f.Type != want {
			t.Errorf("SendMessageInput.%s = %+v, want %s", name, f, want)
		}
	}
	if _, ok := sdksrc.FieldNamed(pkg.Operations["ReceiveMessage"].Output, "ResultMetadata"); ok {
		t.Error("ResultMetadata must not be reported as a model field")
	}
	if !pkg.Operations["ListQueues"].Paginated || pkg.Operations["SendMessage"].Paginated {
		t.Error("paginators: want ListQueues only")
	}
	// What stubs need of an operation the model may lack: the name the SDK
	// dispatches on, its types, and its documentation.
	list := pkg.Operations["ListQueues"]
	if list.WireName != "ListQueues" || !list.Typed {
		t.Errorf("ListQueues: WireName %q, Typed %v; want ListQueues, true", list.WireName, list.Typed)
	}
	if want := "Returns a list of your queues in the current region."; list.Summary != want {
		t.Errorf("ListQueues.Summary = %q, want %q", list.Summary, want)
	}
	msg := pkg.Structs["Message"]
	if f, ok := sdksrc.FieldNamed(msg.Fields, "MessageAttributes"); !ok || f.Type != "map[string]types.MessageAttributeValue" {
		t.Errorf("types.Message.MessageAttributes = %+v: types-package identifiers must be qualified", f)
	}
	if !pkg.Structs["QueueDoesNotExist"].Error || msg.Error {
		t.Error("Error flag must mark errors.go structs only")
	}
	enum := pkg.Enums["MessageSystemAttributeName"]
	if enum == nil || enum.Underlying != "string" || len(enum.Constants) == 0 ||
		enum.Constants[0] != (sdksrc.Constant{Name: "MessageSystemAttributeNameAll", Value: "All"}) {
		t.Errorf("enum = %+v", enum)
	}
}

func TestParseDynamoDBUnionsAndWaiters(t *testing.T) {
	m := locate(t, "dynamodb")
	pkg, err := sdksrc.Parse(m.Dir, m.Path, m.Version)
	if err != nil {
		t.Fatal(err)
	}
	av := pkg.Unions["AttributeValue"]
	if av == nil {
		t.Fatal("union AttributeValue missing")
	}
	for member, want := range map[string]string{
		"AttributeValueMemberS":    "string",
		"AttributeValueMemberM":    "map[string]types.AttributeValue",
		"AttributeValueMemberNULL": "bool",
		"AttributeValueMemberB":    "[]byte",
	} {
		if got := av.Members[member]; got != want {
			t.Errorf("%s.Value = %q, want %q", member, got, want)
		}
	}
	if _, ok := pkg.Structs["AttributeValueMemberS"]; ok {
		t.Error("union members must not be listed as structs")
	}
	if got := pkg.Waiters["TableExists"]; got != "DescribeTable" {
		t.Errorf("waiter TableExists on %q, want DescribeTable", got)
	}
	if ret := pkg.Enums["ReturnValue"]; ret == nil || !hasConstant(ret, "ReturnValueAllNew", "ALL_NEW") {
		t.Errorf("ReturnValue = %+v", ret)
	}
}

func hasConstant(e *sdksrc.Enum, name, value string) bool {
	for _, c := range e.Constants {
		if c.Name == name && c.Value == value {
			return true
		}
	}
	return false
}

func TestParseStreamsAndDocuments(t *testing.T) {
	s3 := locate(t, "s3")
	pkg, err := sdksrc.Parse(s3.Dir, s3.Path, s3.Version)
	if err != nil {
		t.Fatal(err)
	}
	if f, _ := sdksrc.FieldNamed(pkg.Operations["PutObject"].Input, "Body"); f.Type != "io.Reader" {
		t.Errorf("PutObjectInput.Body = %q", f.Type)
	}
	if f, _ := sdksrc.FieldNamed(pkg.Operations["GetObject"].Output, "Body"); f.Type != "io.ReadCloser" {
		t.Errorf("GetObjectOutput.Body = %q", f.Type)
	}
	if f, _ := sdksrc.FieldNamed(pkg.Operations["GetObject"].Output, "LastModified"); f.Type != "*time.Time" {
		t.Errorf("GetObjectOutput.LastModified = %q", f.Type)
	}
	osearch := locate(t, "opensearch")
	pkg, err = sdksrc.Parse(osearch.Dir, osearch.Path, osearch.Version)
	if err != nil {
		t.Fatal(err)
	}
	if f, _ := sdksrc.FieldNamed(pkg.Operations["CreateIndex"].Input, "IndexSchema"); f.Type != "document.Interface" {
		t.Errorf("CreateIndexInput.IndexSchema = %q", f.Type)
	}
}

func TestParseRejectsNonSDKDir(t *testing.T) {
	if _, err := sdksrc.Parse(t.TempDir(), "example.com/x", "v1.0.0"); err == nil {
		t.Fatal("Parse of an empty dir must fail")
	}
}

func TestLoadCachesPerModuleVersion(t *testing.T) {
	m := locate(t, "sqs")
	cache := t.TempDir()
	first, err := sdksrc.Load(m, cache)
	if err != nil {
		t.Fatal(err)
	}
	entries, _ := filepath.Glob(filepath.Join(cache, "*", "*.gob"))
	if len(entries) != 1 {
		t.Fatalf("cache entries = %v, want one", entries)
	}
	// A cached read must not touch the module dir: point it somewhere empty.
	m.Dir = t.TempDir()
	second, err := sdksrc.Load(m, cache)
	if err != nil {
		t.Fatalf("cached Load: %v", err)
	}
	if len(second.Operations) != len(first.Operations) || second.Operations["SendMessage"].Input[0] != first.Operations["SendMessage"].Input[0] {
		t.Error("cached package differs from the parsed one")
	}
}

func TestLoadWithUnwritableCache(t *testing.T) {
	m := locate(t, "sqs")
	// A regular file where the cache directory should be: nothing can be written.
	blocked := filepath.Join(t.TempDir(), "cache")
	if err := os.WriteFile(blocked, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	pkg, err := sdksrc.Load(m, blocked)
	if err != nil {
		t.Fatalf("Load with an unwritable cache: %v", err)
	}
	if _, ok := pkg.Operations["SendMessage"]; !ok {
		t.Error("parsed package lacks SendMessage")
	}
}

func benchmarkEC2(b *testing.B, cached bool) {
	m := locate(b, "ec2")
	cache := b.TempDir()
	if cached {
		if _, err := sdksrc.Load(m, cache); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for b.Loop() {
		dir := cache
		if !cached {
			dir = ""
		}
		pkg, err := sdksrc.Load(m, dir)
		if err != nil {
			b.Fatal(err)
		}
		if len(pkg.Operations) < 500 {
			b.Fatalf("ec2 has %d operations", len(pkg.Operations))
		}
	}
}

func BenchmarkEC2Cold(b *testing.B)   { benchmarkEC2(b, false) }
func BenchmarkEC2Cached(b *testing.B) { benchmarkEC2(b, true) }
