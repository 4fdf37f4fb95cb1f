package snapshot

import (
	"bytes"
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"

	"github.com/awsparity/awsparity/runtime/internal/faketb"
	sdk "github.com/awsparity/awsparity/runtime/internal/sdkshapes"
)

// quietEnv pins the variables that switch modes, whatever the shell says.
func quietEnv(t *testing.T) {
	t.Helper()
	for _, name := range []string{EnvUpdate, EnvCI, EnvPrune, "TEST_TARGET"} {
		t.Setenv(name, "")
	}
}

func snapFile(t *testing.T) string {
	t.Helper()
	return filepath.Join(t.TempDir(), "testdata", "x.snapshot.json")
}

func writeRaw(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func readRaw(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func noErrors(t *testing.T, f *faketb.TB) {
	t.Helper()
	if len(f.Errors()) > 0 || f.FatalMsg() != "" {
		t.Fatalf("%s reported errors %q fatal %q", f.Name(), f.Errors(), f.FatalMsg())
	}
}

var createQueue = &sdk.CreateQueueOutput{QueueUrl: aws.String("http://127.0.0.1:4566/123456789012/orders-0a1b2c3d")}

func TestRecordThenMatch(t *testing.T) {
	quietEnv(t)
	file := snapFile(t)
	body := func(tb testing.TB) {
		snap := New(tb, WithFile(file))
		snap.Match("create-queue", createQueue, WithTransformers(Identifiers("QueueUrl")))
		snap.Match("attributes", map[string]string{"QueueArn": "arn:aws:sqs:us-east-1:123456789012:orders-0a1b2c3d"})
	}
	rec := faketb.Run("TestQueue/create", body)
	noErrors(t, rec)
	if len(rec.Logs()) != 2 || !strings.Contains(rec.Logs()[0], "recording new entry") {
		t.Errorf("logs = %q, want two 'recording new entry' lines", rec.Logs())
	}
	first := readRaw(t, file)
	format := regexp.MustCompile(`^\{
  "TestQueue/create": \{
    "recorded-date": "\d{2}-\d{2}-\d{4}, \d{2}:\d{2}:\d{2}",
    "recorded-content": \{
      "attributes": \{
        "QueueArn": "arn:<partition>:sqs:<region>:111111111111:<resource:1>"
      \},
      "create-queue": \{
        "QueueUrl": "<queue-url:1>"
      \}
    \}
  \}
\}
$`)
	if !format.MatchString(first) {
		t.Fatalf("file content:\n%s", first)
	}

	noErrors(t, faketb.Run("TestQueue/create", body))
	if again := readRaw(t, file); again != first {
		t.Errorf("a matching run rewrote the file:\n%s", again)
	}
}

func TestMismatchReport(t *testing.T) {
	quietEnv(t)
	file := snapFile(t)
	writeRaw(t, file, `{"TestM": {"recorded-date": "01-01-2025, 00:00:00", "recorded-content": {
		"create-queue": {"a": {"b": 1}, "c": "x", "list": [1, 2]}}}}`)
	actual := map[string]any{"a": map[string]any{"b": 2}, "d": "y", "list": []int{1}}

	f := faketb.Run("TestM", func(tb testing.TB) { New(tb, WithFile(file)).Match("create-queue", actual) })
	if len(f.Errors()) != 1 {
		t.Fatalf("errors = %q, want one", f.Errors())
	}
	msg := f.Errors()[0]
	for _, want := range []string{
		"$[\"create-queue\"].a.b\n    expected: 1\n    actual:   2",
		"$[\"create-queue\"].c\n    expected: \"x\"\n    actual:   (absent)",
		"$[\"create-queue\"].d\n    expected: (absent)\n    actual:   \"y\"",
		"$[\"create-queue\"].list[1]\n    expected: 2\n    actual:   (absent)",
		"snapshot.SkipVerify(`$[\"create-queue\"].a.b`, `$[\"create-queue\"].c`, `$[\"create-queue\"].d`, `$[\"create-queue\"].list[1]`)",
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("report lacks %q:\n%s", want, msg)
		}
	}

	// The paste-ready list, pasted, silences exactly those differences.
	paths := []string{`$["create-queue"].a.b`, `$["create-queue"].c`, `$["create-queue"].d`, `$["create-queue"].list[1]`}
	noErrors(t, faketb.Run("TestM", func(tb testing.TB) {
		New(tb, WithFile(file)).Match("create-queue", actual, SkipVerify(paths...))
	}))
	f = faketb.Run("TestM", func(tb testing.TB) {
		New(tb, WithFile(file), SkipVerify(paths[1:]...)).Match("create-queue", actual)
	})
	if len(f.Errors()) != 1 || !strings.Contains(f.Errors()[0], "(1 differences)") {
		t.Errorf("with three of four skipped: errors = %q", f.Errors())
	}
}

func TestSkipVerifyForms(t *testing.T) {
	quietEnv(t)
	file := snapFile(t)
	writeRaw(t, file, `{"TestS": {"recorded-date": "01-01-2025, 00:00:00", "recorded-content": {
		"send": {"MessageId": "m-1", "Nested": {"MessageId": "m-2", "Attributes": {"x": "1"}}, "Same": "s"}}}}`)
	actual := map[string]any{"MessageId": "other", "Nested": map[string]any{"MessageId": "other", "Attributes": map[string]any{"y": "2"}}, "Same": "s"}
	run := func(name string, skips ...string) *faketb.TB {
		return faketb.Run(name, func(tb testing.TB) { New(tb, WithFile(file)).Match("send", actual, SkipVerify(skips...)) })
	}
	noErrors(t, run("TestS", "$..MessageId", "$.send.Nested.Attributes"))
	if f := run("TestS", "$..MessageId"); len(f.Errors()) != 1 || !strings.Contains(f.Errors()[0], "Attributes") ||
		strings.Contains(f.Errors()[0], "MessageId\n") {
		t.Errorf("partial skip: errors = %q", f.Errors())
	}
	if f := run("TestS", "$[?(@.x)]"); len(f.Errors()) != 1 || !strings.Contains(f.Errors()[0], "filter expressions") {
		t.Errorf("filter skip path: errors = %q, want a clear refusal", f.Errors())
	}

	// Against AWS the reference is being recorded: nothing is skipped.
	t.Setenv("TEST_TARGET", "AWS_CLOUD")
	if f := run("TestS", "$..MessageId", "$.send.Nested.Attributes"); len(f.Errors()) != 1 || !strings.Contains(f.Errors()[0], "MessageId") {
		t.Errorf("against AWS: errors = %q, want the differences reported", f.Errors())
	}
}

func TestMissingEntryFailsInCI(t *testing.T) {
	quietEnv(t)
	t.Setenv(EnvCI, "true")
	file := snapFile(t)
	f := faketb.Run("TestNew", func(tb testing.TB) { New(tb, WithFile(file)).Match("k", "v") })
	if len(f.Errors()) != 1 || !strings.Contains(f.Errors()[0], `no recorded entry for key "k"`) || !strings.Contains(f.Errors()[0], "CI=true") {
		t.Errorf("errors = %q, want one about the missing entry and CI", f.Errors())
	}
	if _, err := os.Stat(file); !os.IsNotExist(err) {
		t.Errorf("CI run wrote %s (stat: %v)", file, err)
	}
}

func TestFailedTestWritesNothing(t *testing.T) {
	quietEnv(t)
	file := snapFile(t)
	const before = `{"TestF": {"recorded-date": "01-01-2025, 00:00:00", "recorded-content": {"k": "old"}}}`
	writeRaw(t, file, before)
	t.Setenv(EnvUpdate, "1")
	f := faketb.Run("TestF", func(tb testing.TB) {
		New(tb, WithFile(file)).Match("k", "new")
		tb.Errorf("the test's own assertion failed")
	})
	if got := readRaw(t, file); got != before {
		t.Errorf("failed test rewrote the file:\n%s", got)
	}
	if len(f.Logs()) != 1 || !strings.Contains(f.Logs()[0], "not written") {
		t.Errorf("logs = %q, want a note that nothing was written", f.Logs())
	}

	// The same test passing in update mode replaces its entry.
	noErrors(t, faketb.Run("TestF", func(tb testing.TB) { New(tb, WithFile(file)).Match("k2", "new") }))
	entries, err := readFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if got := entries["TestF"].RecordedContent; len(got) != 1 || got["k2"] != "new" {
		t.Errorf("after update: content = %v, want only k2", got)
	}
}

func TestSessionMisuse(t *testing.T) {
	quietEnv(t)
	file := snapFile(t)
	writeRaw(t, file, `{"TestU": {"recorded-date": "01-01-2025, 00:00:00", "recorded-content": {"a": 1, "b": 2}}}`)
	f := faketb.Run("TestU", func(tb testing.TB) {
		snap := New(tb, WithFile(file))
		snap.Match("a", 1)
		snap.Match("a", 1)
	})
	if len(f.Errors()) != 1 || !strings.Contains(f.Errors()[0], `key "a" matched twice`) {
		t.Errorf("duplicate key: errors = %q", f.Errors())
	}
	f = faketb.Run("TestU", func(tb testing.TB) { New(tb, WithFile(file)).Match("a", 1) })
	if len(f.Errors()) != 1 || !strings.Contains(f.Errors()[0], `["b"]`) || !strings.Contains(f.Errors()[0], "not matched") {
		t.Errorf("unmatched key: errors = %q", f.Errors())
	}

	writeRaw(t, file, "{\n  \"TestU\": {\n    \"recorded-date\": oops\n}")
	f = faketb.Run("TestU", func(tb testing.TB) { New(tb, WithFile(file)) })
	if !strings.Contains(f.FatalMsg(), file+":3") {
		t.Errorf("malformed file: fatal = %q, want it to name %s:3", f.FatalMsg(), file)
	}
}

func TestFileFromCaller(t *testing.T) {
	quietEnv(t)
	snap := New(t)
	want := filepath.Join("runtime", "snapshot", "testdata", "snapshot.snapshot.json")
	if !strings.HasSuffix(snap.file, want) {
		t.Errorf("file = %s, want …/%s", snap.file, want)
	}
}

// Many parallel tests sharing one file must all end up in it; run with
// -race to also check the session and file locking.
func TestParallelWritersLoseNothing(t *testing.T) {
	quietEnv(t)
	file := snapFile(t)
	const n = 40
	t.Run("group", func(t *testing.T) {
		for i := range n {
			t.Run(fmt.Sprint(i), func(t *testing.T) {
				t.Parallel()
				snap := New(t, WithFile(file))
				snap.Match("value", map[string]int{"i": i})
			})
		}
	})
	entries, err := readFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != n {
		t.Fatalf("file has %d entries, want %d", len(entries), n)
	}
	for i := range n {
		name := fmt.Sprintf("%s/group/%d", t.Name(), i)
		if got := entries[name].RecordedContent["value"]; fmt.Sprint(got) != fmt.Sprintf("map[i:%d]", i) {
			t.Errorf("%s = %v", name, got)
		}
	}
}

func TestObsoleteEntries(t *testing.T) {
	quietEnv(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "testdata", "queue.snapshot.json")
	const content = `{
  "TestGone": {"recorded-date": "01-01-2025, 00:00:00", "recorded-content": {"k": 1}},
  "TestKeep": {"recorded-date": "01-01-2025, 00:00:00", "recorded-content": {"k": 1}}
}`
	writeRaw(t, file, content)
	run := func() int {
		faketb.Run("TestKeep", func(tb testing.TB) { New(tb, WithFile(file)).Match("k", 1) })
		return 0
	}

	var stderr bytes.Buffer
	if code := runMain(func() int { run(); return 1 }, true, dir, false, &stderr); code != 1 || stderr.Len() > 0 {
		t.Errorf("failed run: code %d, stderr %q; want 1 and no report", code, stderr.String())
	}
	if code := runMain(run, false, dir, false, &stderr); code != 0 || stderr.Len() > 0 {
		t.Errorf("filtered run: code %d, stderr %q; want 0 and no report", code, stderr.String())
	}
	if code := runMain(run, true, dir, false, &stderr); code != 0 ||
		!strings.Contains(stderr.String(), file) || !strings.Contains(stderr.String(), "TestGone") ||
		strings.Contains(stderr.String(), "TestKeep") {
		t.Errorf("full run: code %d, stderr %q; want TestGone reported", code, stderr.String())
	}
	if got := readRaw(t, file); got != content {
		t.Errorf("report-only run changed the file:\n%s", got)
	}

	stderr.Reset()
	if code := runMain(run, true, dir, true, &stderr); code != 0 || !strings.Contains(stderr.String(), "removed") {
		t.Errorf("prune run: code %d, stderr %q", code, stderr.String())
	}
	entries, err := readFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if _, gone := entries["TestGone"]; gone || len(entries) != 1 {
		t.Errorf("after prune: entries %v, want only TestKeep", slices.Sorted(maps.Keys(entries)))
	}
}

func TestUpdateEnv(t *testing.T) {
	quietEnv(t)
	if flag.Lookup("snapshot-update") != nil {
		t.Error("the package registers a flag; it must register none")
	}
	t.Setenv(EnvUpdate, "1")
	file := snapFile(t)
	writeRaw(t, file, `{"TestFlag": {"recorded-date": "01-01-2025, 00:00:00", "recorded-content": {"k": "old"}}}`)
	noErrors(t, faketb.Run("TestFlag", func(tb testing.TB) { New(tb, WithFile(file)).Match("k", "new") }))
	entries, err := readFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if got := entries["TestFlag"]; got.RecordedContent["k"] != "new" || got.RecordedDate == "01-01-2025, 00:00:00" {
		t.Errorf("entry = %+v, want re-recorded content and date", got)
	}
}
