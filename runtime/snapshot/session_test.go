package snapshot

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/awsparity/awsparity/runtime/internal/faketb"
)

// LocalStack's skip paths with hyphenated keys work as written, and a
// condition decides at Match time whether a skip applies.
func TestSkipHyphenKeysAndConditions(t *testing.T) {
	quietEnv(t)
	file := snapFile(t)
	writeRaw(t, file, `{"TestH": {"recorded-date": "01-01-2025, 00:00:00", "recorded-content": {
		"get": {"ResponseMetadata": {"HTTPHeaders": {"content-length": "10"}, "HTTPStatusCode": 200}, "a-b": {"c-d": 1}}}}}`)
	actual := map[string]any{"ResponseMetadata": map[string]any{"HTTPHeaders": map[string]any{"content-length": "12"}, "HTTPStatusCode": 200},
		"a-b": map[string]any{"c-d": 2}}
	run := func(opts ...Option) *faketb.TB {
		return faketb.Run("TestH", func(tb testing.TB) { New(tb, WithFile(file)).Match("get", actual, opts...) })
	}
	noErrors(t, run(SkipVerify("$..HTTPHeaders.content-length", "$.get.a-b.c-d")))
	if f := run(SkipVerifyIf(func() bool { return false }, "$..HTTPHeaders.content-length", "$.get.a-b.c-d")); len(f.Errors()) != 1 ||
		!strings.Contains(f.Errors()[0], `["content-length"]`) {
		t.Errorf("condition false: errors = %q, want both differences", f.Errors())
	}
	noErrors(t, run(SkipVerifyIf(func() bool { return true }, "$..HTTPHeaders.content-length", "$.get.a-b.c-d")))
}

// WithKey reuses an entry recorded under another id; session-wide options
// are refused by Match.
func TestWithKey(t *testing.T) {
	quietEnv(t)
	file := snapFile(t)
	const id = "tests/aws/services/sqs/test_sqs.py::TestSqsProvider::test_tag_untag_queue"
	writeRaw(t, file, `{"`+id+`": {"recorded-date": "01-01-2025, 00:00:00", "recorded-content": {"get-tag-1": {"Tags": {"tag1": "value1"}}}}}`)
	noErrors(t, faketb.Run("TestTagUntagQueue", func(tb testing.TB) {
		New(tb, WithFile(file), WithKey(id)).Match("get-tag-1", map[string]any{"Tags": map[string]any{"tag1": "value1"}})
	}))
	f := faketb.Run("TestTagUntagQueue", func(tb testing.TB) {
		New(tb, WithFile(file), WithKey(id)).Match("get-tag-1", map[string]any{"Tags": map[string]any{"tag1": "value1"}}, WithFile("x"))
	})
	if len(f.Errors()) == 0 || !strings.Contains(f.Errors()[0], "WithFile applies to the whole session") {
		t.Errorf("WithFile in Match: errors = %q", f.Errors())
	}
}

// Recording on an emulator marks the entry as such; a pass against AWS
// writes the validation date. recorded-date is UTC.
func TestValidationFile(t *testing.T) {
	quietEnv(t)
	file := snapFile(t)
	before := time.Now().UTC().Add(-time.Second)
	noErrors(t, faketb.Run("TestV", func(tb testing.TB) { New(tb, WithFile(file)).Match("k", 1) }))
	v, err := ReadValidation(file)
	if err != nil {
		t.Fatal(err)
	}
	if got := v["TestV"]; got.Validated() || got.RecordedOn != "emulator" || got.RecordedDate == "" {
		t.Errorf("after an emulator recording: %+v", got)
	}
	entries, err := readFile(file)
	if err != nil {
		t.Fatal(err)
	}
	date, err := time.Parse(dateLayout, entries["TestV"].RecordedDate)
	if err != nil || date.Before(before.Truncate(time.Second)) || date.After(time.Now().UTC()) {
		t.Errorf("recorded-date %q is not the UTC time of recording (%v)", entries["TestV"].RecordedDate, err)
	}

	t.Setenv("TEST_TARGET", "AWS_CLOUD")
	noErrors(t, faketb.Run("TestV", func(tb testing.TB) { New(tb, WithFile(file)).Match("k", 1) }))
	if v, err = ReadValidation(file); err != nil {
		t.Fatal(err)
	}
	got := v["TestV"]
	if !got.Validated() || got.RecordedOn != "" {
		t.Errorf("after a pass against AWS: %+v", got)
	}
	if _, err := time.Parse(validationLayout, got.LastValidatedDate); err != nil {
		t.Errorf("last_validated_date %q: %v", got.LastValidatedDate, err)
	}
	if raw := readRaw(t, validationFile(file)); !strings.Contains(raw, `"last_validated_date"`) {
		t.Errorf("validation file lacks LocalStack's key:\n%s", raw)
	}
}

// envWriter makes this test binary a writer process for
// TestProcessesShareFile.
const envWriter = "SNAPSHOT_TEST_WRITER"

// Two test processes writing one snapshot file lose nothing: the child
// processes are this test binary, re-run as writers.
func TestProcessesShareFile(t *testing.T) {
	if spec := os.Getenv(envWriter); spec != "" {
		file, id, _ := strings.Cut(spec, "|")
		t.Run("w", func(t *testing.T) {
			for i := range 25 {
				t.Run(id+"-"+strconv.Itoa(i), func(t *testing.T) {
					t.Parallel()
					New(t, WithFile(file)).Match("v", i)
				})
			}
		})
		return
	}
	quietEnv(t)
	file := snapFile(t)
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	var cmds []*exec.Cmd
	for _, id := range []string{"a", "b", "c"} {
		cmd := exec.Command(exe, "-test.run=^TestProcessesShareFile$", "-test.count=1")
		cmd.Env = append(os.Environ(), envWriter+"="+file+"|"+id, EnvUpdate+"=", EnvCI+"=", "TEST_TARGET=")
		out := &strings.Builder{}
		cmd.Stdout, cmd.Stderr = out, out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		cmds = append(cmds, cmd)
		t.Cleanup(func() {
			if t.Failed() {
				t.Logf("writer %s:\n%s", id, out)
			}
		})
	}
	for _, c := range cmds {
		if err := c.Wait(); err != nil {
			t.Errorf("writer: %v", err)
		}
	}
	entries, err := readFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 75 {
		t.Errorf("file has %d entries, want 75 from three processes", len(entries))
	}
	v, err := ReadValidation(file)
	if err != nil {
		t.Fatal(err)
	}
	if len(v) != 75 {
		t.Errorf("validation file has %d records, want 75", len(v))
	}
	if leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(file), ".*")); len(leftovers) > 0 {
		t.Errorf("files left beside the snapshot: %v", leftovers)
	}
}
