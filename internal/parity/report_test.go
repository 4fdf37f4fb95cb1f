package parity

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/awsparity/awsparity/runtime/snapshot"
)

// A report from hand-made results: a match, a difference its gap explains,
// one nothing explains, a gap nothing needs, and a skipped run.
func TestReport(t *testing.T) {
	gap := Gap{Target: "emu", Paths: []string{"$..Error.Code"}, Reason: "emu prefixes codes"}
	stale := Gap{Target: "emu", Paths: []string{"$.gone"}, Reason: "emu once lacked gone"}
	results := []Result{
		{Test: "tests/aws/services/sqs/test_sqs.py::T::test_a", Target: "emu", Key: "k"},
		{Test: "tests/aws/services/sqs/test_sqs.py::T::test_b", Target: "emu", Key: "k", Gaps: []Gap{gap, stale}, Diffs: []snapshot.Difference{
			{Path: "$.k.Error.Code", Expected: `"A"`, Actual: `"x.A"`, SkippedBy: "$..Error.Code"},
			{Path: "$.k.Error.Message", Expected: `"m"`, Actual: `"n|m"`},
		}},
		{Test: "tests/aws/services/sqs/test_sqs.py::T::test_b", Target: "fake", Skipped: true},
	}
	r := Build(results)
	if got := r.Cells[[2]string{results[0].Test, "emu"}].Status(); got != "✅ matches AWS" {
		t.Errorf("test_a on emu: %q", got)
	}
	b := r.Cells[[2]string{results[1].Test, "emu"}]
	if b.Unexplained() != 1 || b.Diffs[0].Gap == nil || b.Diffs[0].Gap.Reason != gap.Reason {
		t.Errorf("test_b on emu: %+v", b)
	}
	if got := r.Cells[[2]string{results[1].Test, "fake"}].Status(); got != "not run" {
		t.Errorf("test_b on fake: %q", got)
	}
	if len(r.Gaps["emu"]) != 1 || r.Gaps["emu"][0].Reason != gap.Reason {
		t.Errorf("gaps of emu = %+v, want only the needed one", r.Gaps["emu"])
	}
	problems := strings.Join(r.Problems(), "\n")
	for _, want := range []string{"test_b on emu: 1 differences no gap explains", `no difference needs the gap "emu once lacked gone"`} {
		if !strings.Contains(problems, want) {
			t.Errorf("problems lack %q:\n%s", want, problems)
		}
	}
	var md, html bytes.Buffer
	if err := r.Markdown(&md); err != nil {
		t.Fatal(err)
	}
	if err := r.HTML(&html); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"| emu | 2 | 1 | 0 | 1 | 0 | 1 |", "| fake | 0 | 0 | 0 | 0 | 1 | 0 |",
		"### emu (1)\n\n- emu prefixes codes", "| `$.k.Error.Message` | \"m\" | \"n\\|m\" | **unexplained** |"} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("markdown lacks %q:\n%s", want, md.String())
		}
	}
	for _, want := range []string{`<td class="bad">❌ 1 unexplained</td>`,
		"<tr><td>emu</td><td>2</td><td>1</td><td>0</td><td>1</td><td>0</td><td>1</td></tr>",
		"<tr><td>fake</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td><td>0</td></tr>"} {
		if !strings.Contains(html.String(), want) {
			t.Errorf("HTML lacks %q:\n%s", want, html.String())
		}
	}
}

func TestLoadNamesBadLine(t *testing.T) {
	dir := t.TempDir()
	if _, err := Load(dir); err == nil || !strings.Contains(err.Error(), "no results") {
		t.Errorf("empty dir: %v", err)
	}
	good := `{"test":"tests/aws/services/sqs/test_sqs.py::T::test_a","target":"emu","key":"k","diffs":null}`
	if err := os.WriteFile(filepath.Join(dir, "emu.jsonl"), []byte(good+"\n{not json\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(dir); err == nil || !strings.Contains(err.Error(), "emu.jsonl:2") {
		t.Errorf("bad line: %v", err)
	}
}
