package parity

import (
	"bufio"
	"cmp"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// maxResultLine bounds one line of a results file.
const maxResultLine = 4 << 20

// Load reads the results a run left in dir (one <target>.jsonl per
// target), naming the file and line of anything malformed.
func Load(dir string) ([]Result, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no results (*.jsonl); run the suite with %s=%s", dir, EnvOut, dir)
	}
	var out []Result
	for _, f := range files {
		if err := readResults(f, &out); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func readResults(file string, out *[]Result) error {
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), maxResultLine)
	for line := 1; sc.Scan(); line++ {
		var r Result
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return fmt.Errorf("%s:%d: %w", file, line, err)
		}
		if r.Test == "" || r.Target == "" {
			return fmt.Errorf("%s:%d: a result needs test and target", file, line)
		}
		*out = append(*out, r)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	return nil
}

// A Cell is what one test did on one target.
type Cell struct {
	Ran, Skipped bool
	// Diffs are the differences from AWS, each with the gap explaining it
	// (nil when nothing does).
	Diffs []Diff
	// Stale are the reasons of declared gaps no difference needed.
	Stale []string
	// Fake is the implementation a run on an in-process target bound
	// ("pkgpath.Type"), Calls what it called.
	Fake  string
	Calls []Call
}

// Diff is one difference of a Match, explained or not.
type Diff struct {
	Key, Path, Expected, Actual string
	Gap                         *Gap
}

// Unexplained counts the differences no gap explains.
func (c Cell) Unexplained() int {
	n := 0
	for _, d := range c.Diffs {
		if d.Gap == nil {
			n++
		}
	}
	return n
}

// notImplemented lists the operations the fake answered NotImplemented.
func (c Cell) notImplemented() []string {
	var out []string
	for _, call := range c.Calls {
		if call.NotImplemented {
			out = append(out, call.Operation)
		}
	}
	return out
}

// Status is the cell's one-line verdict; a run that stopped at an
// operation the fake answers NotImplemented names it.
func (c Cell) Status() string {
	status := c.verdict()
	if ops := c.notImplemented(); c.Skipped && len(ops) > 0 {
		sep := ": "
		if c.Ran {
			sep = ", then stopped: "
		}
		status += sep + strings.Join(ops, ", ") + " NotImplemented"
	}
	return status
}

func (c Cell) verdict() string {
	switch {
	case c.Skipped && !c.Ran:
		return "not run"
	case !c.Ran:
		return ""
	case c.Unexplained() > 0:
		return fmt.Sprintf("❌ %d unexplained", c.Unexplained())
	case len(c.Diffs) > 0:
		return fmt.Sprintf("⚠️ %d known-gap paths", len(c.Diffs))
	}
	return "✅ matches AWS"
}

// A Report is the parity of every ported test on every target.
type Report struct {
	Targets []string
	Tests   []string
	Cells   map[[2]string]*Cell // (test, target)
	// Gaps are the gaps some difference needed, per target, transport
	// ones excluded.
	Gaps map[string][]Gap
	// Fakes are what the in-process targets bound and who answers each
	// operation their tests called (set by Analyze or Classify).
	Fakes []Fake
}

// Build groups results by test and target and explains each difference.
func Build(results []Result) *Report {
	r := &Report{Cells: map[[2]string]*Cell{}, Gaps: map[string][]Gap{}}
	declared := map[[2]string][]Gap{}
	used := map[[2]string]map[string]bool{}
	for _, res := range results {
		k := [2]string{res.Test, res.Target}
		c := r.Cells[k]
		if c == nil {
			c = &Cell{}
			r.Cells[k] = c
			r.Tests = append(r.Tests, res.Test)
			r.Targets = append(r.Targets, res.Target)
			used[k] = map[string]bool{}
		}
		if res.Key == "" { // the line ending a run
			c.Skipped = c.Skipped || res.Skipped
			c.Fake = cmp.Or(c.Fake, res.Fake)
			c.Calls = append(c.Calls, res.Calls...)
			continue
		}
		c.Ran = true
		declared[k] = res.Gaps
		for _, d := range res.Diffs {
			diff := Diff{Key: res.Key, Path: d.Path, Expected: d.Expected, Actual: d.Actual}
			for i, g := range res.Gaps {
				if d.SkippedBy != "" && slices.Contains(g.Paths, d.SkippedBy) {
					diff.Gap = &res.Gaps[i]
					used[k][d.SkippedBy] = true
					break
				}
			}
			c.Diffs = append(c.Diffs, diff)
		}
	}
	for k, gaps := range declared {
		for _, g := range gaps {
			if g.Transport {
				continue
			}
			needed := slices.ContainsFunc(g.Paths, func(p string) bool { return used[k][p] })
			if !needed {
				r.Cells[k].Stale = append(r.Cells[k].Stale, g.Reason)
				continue
			}
			if !slices.ContainsFunc(r.Gaps[k[1]], func(o Gap) bool { return o.Reason == g.Reason }) {
				r.Gaps[k[1]] = append(r.Gaps[k[1]], g)
			}
		}
	}
	for _, c := range r.Cells {
		// Tests may match keys in any order (ranging over a map).
		slices.SortStableFunc(c.Diffs, func(a, b Diff) int { return cmp.Or(cmp.Compare(a.Key, b.Key), cmp.Compare(a.Path, b.Path)) })
	}
	slices.Sort(r.Tests)
	r.Tests = slices.Compact(r.Tests)
	slices.Sort(r.Targets)
	r.Targets = slices.Compact(r.Targets)
	for _, gaps := range r.Gaps {
		slices.SortFunc(gaps, func(a, b Gap) int { return cmp.Compare(a.Reason, b.Reason) })
	}
	return r
}

// Problems lists what makes the suite's claim false: differences no gap
// explains, gaps no difference needs, and in-process runs that called the
// service without saying which fake answered (Bind).
func (r *Report) Problems() []string {
	var out []string
	for _, test := range r.Tests {
		for _, tg := range r.Targets {
			c := r.Cells[[2]string{test, tg}]
			if c == nil {
				continue
			}
			if n := c.Unexplained(); n > 0 {
				out = append(out, fmt.Sprintf("%s on %s: %d differences no gap explains", test, tg, n))
			}
			for _, reason := range c.Stale {
				out = append(out, fmt.Sprintf("%s on %s: no difference needs the gap %q (fixed? remove it)", test, tg, reason))
			}
			if c.Fake == "" && len(c.Calls) > 0 {
				out = append(out, fmt.Sprintf("%s on %s: called the service in-process without parity.Bind naming the fake", test, tg))
			}
		}
	}
	return out
}

// A TargetSummary counts one target's tests by outcome.
type TargetSummary struct {
	Target string
	// Ran = Match + GapsOnly + Unexplained.
	Ran, Match, GapsOnly, Unexplained, NotRun int
	// Gaps is the number of real gaps (Report.Gaps).
	Gaps int
}

// Summary counts every target's tests by outcome, in target order.
func (r *Report) Summary() []TargetSummary {
	var out []TargetSummary
	for _, tg := range r.Targets {
		s := TargetSummary{Target: tg, Gaps: len(r.Gaps[tg])}
		for _, test := range r.Tests {
			c := r.Cells[[2]string{test, tg}]
			switch {
			case c == nil:
				continue
			case !c.Ran:
				s.NotRun++
				continue
			case c.Unexplained() > 0:
				s.Unexplained++
			case len(c.Diffs) > 0:
				s.GapsOnly++
			default:
				s.Match++
			}
			s.Ran++
		}
		out = append(out, s)
	}
	return out
}

// short is a LocalStack test id without its file path.
func short(id string) string { return id[strings.Index(id, "::")+2:] }

// file is a LocalStack test id's file.
func file(id string) string { return id[:strings.Index(id, "::")] }

var mdEscaper = strings.NewReplacer("|", `\|`, "\n", " ", "<", "&lt;", ">", "&gt;")

func cellText(s string) string {
	if len(s) > 120 {
		s = s[:120] + "…"
	}
	return mdEscaper.Replace(s)
}

// Markdown writes the report as the parity page.
func (r *Report) Markdown(w io.Writer) error {
	var b strings.Builder
	b.WriteString(pageIntro)
	b.WriteString("\n## Summary\n\n| target | tests run | match AWS | differ only by known gaps | unexplained | not run | real gaps |\n|---|---:|---:|---:|---:|---:|---:|\n")
	for _, s := range r.Summary() {
		fmt.Fprintf(&b, "| %s | %d | %d | %d | %d | %d | %d |\n", s.Target, s.Ran, s.Match, s.GapsOnly, s.Unexplained, s.NotRun, s.Gaps)
	}
	b.WriteString("\n## Per test\n\n| LocalStack test |")
	for _, tg := range r.Targets {
		b.WriteString(" " + tg + " |")
	}
	b.WriteString("\n|---|" + strings.Repeat("---|", len(r.Targets)) + "\n")
	for _, test := range r.Tests {
		fmt.Fprintf(&b, "| `%s` <br>%s |", short(test), file(test))
		for _, tg := range r.Targets {
			status := ""
			if c := r.Cells[[2]string{test, tg}]; c != nil {
				status = c.Status()
			}
			b.WriteString(" " + status + " |")
		}
		b.WriteString("\n")
	}
	b.WriteString("\n## Real gaps per target\n\nEvery difference from AWS that remains is one of these; the tests skip its paths on that target only.\n")
	for _, tg := range r.Targets {
		gaps := r.Gaps[tg]
		if len(gaps) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\n### %s (%d)\n\n", tg, len(gaps))
		for _, g := range gaps {
			fmt.Fprintf(&b, "- %s\n", mdEscaper.Replace(g.Reason))
		}
	}
	b.WriteString("\n## In-process: who answers each operation\n\n" + inProcessIntro + "\n")
	b.WriteString("| target | service | implementation | operations | hand-written | generated lifecycle | NotImplemented | called: hand-written | generated | NotImplemented |\n")
	b.WriteString("|---|---|---|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, f := range r.Fakes {
		fmt.Fprintf(&b, "| %s | %s | `%s` | %d | %d | %d | %d | %d | %d | %d |\n", f.Target, f.Service, shortType(f.Implementation),
			f.Operations(), f.HandWritten, f.Generated, f.NotImplemented,
			f.Called(HandWritten), f.Called(GeneratedLifecycle), f.Called(NotImplemented))
	}
	for _, f := range r.Fakes {
		fmt.Fprintf(&b, "\n### %s: %s (`%s`)\n\n| operation | answered by | tests calling it |\n|---|---|---:|\n", f.Target, f.Service, f.Implementation)
		for _, op := range f.Ops {
			answer := op.Answer()
			if op.Missing() {
				answer = "**" + answer + "**"
			}
			fmt.Fprintf(&b, "| %s | %s | %d |\n", op.Name, answer, len(op.Tests))
		}
	}
	b.WriteString("\n## Differences, path by path\n")
	for _, test := range r.Tests {
		wrote := false
		for _, tg := range r.Targets {
			c := r.Cells[[2]string{test, tg}]
			if c == nil || len(c.Diffs) == 0 {
				continue
			}
			if !wrote {
				fmt.Fprintf(&b, "\n### `%s`\n", short(test))
				wrote = true
			}
			fmt.Fprintf(&b, "\n%s:\n\n| path | AWS | %s | why |\n|---|---|---|---|\n", tg, tg)
			for _, d := range c.Diffs {
				why := "**unexplained**"
				if d.Gap != nil {
					why = cellText(d.Gap.Reason)
				}
				fmt.Fprintf(&b, "| `%s` | %s | %s | %s |\n", cellText(d.Path), cellText(d.Expected), cellText(d.Actual), why)
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

const pageIntro = `# Parity with AWS

What each test target answers, compared with what AWS answered. The tests are
LocalStack's AWS-validated tests (marked ` + "`@markers.aws.validated`" + `), ported to Go in
[internal/parity](../internal/parity) with this project's fixtures and
transformers; the expected content is what LocalStack recorded from real AWS,
committed under internal/parity/testdata/localstack (Apache-2.0, see the NOTICE
there). Regenerate this page with ` + "`scripts/parity.sh`" + ` (it runs the suite against the
CI emulators and the in-process fakes, then ` + "`go run ./internal/parity/cmd/paritypage`" + `).
In process, SQS and S3 run on the hand-written example fakes (sqsfake, s3fake);
SNS, DynamoDB and Kinesis on the ` + GeneratedFake + ` (` + "`<svc>test.NewFake()`" + `).

A cell says whether the target's answer matches AWS's, differs only where a
known gap of that target is declared (listed below, with the reason), or differs
where nothing explains it (which fails the suite). "not run" means the target
lacks an operation the test needs; in process, the cell names the operation the
fake answered NotImplemented. Secrets Manager and SSM have no emulator in
CI, so none of their tests is here.
`

const inProcessIntro = `Per in-process target, what answers each operation its tests called, decided
from the code by generator/coverage (` + "`go run ./cmd/gen coverage PACKAGE`" + ` lists every
operation): a method written by hand (on the type named), the generated lifecycle
fake, or the stubs' NotImplemented. "operations" counts every operation of the
service's stubs; "called" only those the tests called.
`

var htmlPage = template.Must(template.New("parity").Funcs(template.FuncMap{
	"cell":  func(r *Report, test, tg string) *Cell { return r.Cells[[2]string{test, tg}] },
	"short": short, "file": file, "shortType": shortType, "generatedFake": func() string { return GeneratedFake }, "inProcessIntro": func() template.HTML { return codeSpans(inProcessIntro) },
}).Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Parity with AWS</title>
<style>body{font-family:sans-serif;margin:2em;max-width:80em}table{border-collapse:collapse;margin:1em 0}
td,th{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;font-size:90%}code{font-size:95%}
.bad{background:#fdd}.gap{background:#ffd}.ok{background:#dfd}</style></head><body>
<h1>Parity with AWS</h1>
<p>LocalStack's AWS-validated tests, ported to Go, on every target; expected content recorded by LocalStack from real AWS (Apache-2.0). Generated by <code>scripts/parity.sh</code>; the same content as <a href="parity.md">parity.md</a>. In process, SQS and S3 run on the hand-written example fakes (sqsfake, s3fake), SNS, DynamoDB and Kinesis on the {{generatedFake}} (<code>&lt;svc&gt;test.NewFake()</code>); an in-process cell that did not run names the operation the fake answered NotImplemented.</p>
<h2>Summary</h2>
<table><tr><th>target</th><th>tests run</th><th>match AWS</th><th>differ only by known gaps</th><th>unexplained</th><th>not run</th><th>real gaps</th></tr>
{{range .Summary}}<tr><td>{{.Target}}</td><td>{{.Ran}}</td><td>{{.Match}}</td><td>{{.GapsOnly}}</td><td>{{.Unexplained}}</td><td>{{.NotRun}}</td><td>{{.Gaps}}</td></tr>
{{end}}</table>
<h2>Per test</h2>
<table><tr><th>LocalStack test</th>{{range .Targets}}<th>{{.}}</th>{{end}}</tr>
{{$r := .}}{{range $test := .Tests}}<tr><td><code>{{short $test}}</code><br><small>{{file $test}}</small></td>
{{range $tg := $r.Targets}}{{with cell $r $test $tg}}<td class="{{if gt .Unexplained 0}}bad{{else if .Diffs}}gap{{else if .Ran}}ok{{end}}">{{.Status}}</td>{{else}}<td></td>{{end}}{{end}}</tr>
{{end}}</table>
<h2>Real gaps per target</h2>
{{range $tg := .Targets}}{{with index $r.Gaps $tg}}<h3>{{$tg}} ({{len .}})</h3><ul>{{range .}}<li>{{.Reason}}</li>{{end}}</ul>{{end}}{{end}}
<h2>In-process: who answers each operation</h2>
<p>{{inProcessIntro}}</p>
<table><tr><th>target</th><th>service</th><th>implementation</th><th>operations</th><th>hand-written</th><th>generated lifecycle</th><th>NotImplemented</th><th>called: hand-written</th><th>generated</th><th>NotImplemented</th></tr>
{{range .Fakes}}<tr><td>{{.Target}}</td><td>{{.Service}}</td><td><code>{{shortType .Implementation}}</code></td><td>{{.Operations}}</td><td>{{.HandWritten}}</td><td>{{.Generated}}</td><td>{{.NotImplemented}}</td><td>{{.Called "hand-written"}}</td><td>{{.Called "generated lifecycle"}}</td><td>{{.Called "NotImplemented"}}</td></tr>
{{end}}</table>
{{range .Fakes}}<h3>{{.Target}}: {{.Service}} (<code>{{.Implementation}}</code>)</h3>
<table><tr><th>operation</th><th>answered by</th><th>tests calling it</th></tr>
{{range .Ops}}<tr{{if .Missing}} class="bad"{{end}}><td>{{.Name}}</td><td>{{.Answer}}</td><td>{{len .Tests}}</td></tr>
{{end}}</table>{{end}}
<h2>Differences, path by path</h2>
{{range $test := .Tests}}{{range $tg := $r.Targets}}{{with cell $r $test $tg}}{{if .Diffs}}
<h3><code>{{short $test}}</code> on {{$tg}}</h3>
<table><tr><th>path</th><th>AWS</th><th>{{$tg}}</th><th>why</th></tr>
{{range .Diffs}}<tr class="{{if .Gap}}gap{{else}}bad{{end}}"><td><code>{{.Path}}</code></td><td><code>{{.Expected}}</code></td><td><code>{{.Actual}}</code></td><td>{{if .Gap}}{{.Gap.Reason}}{{else}}<b>unexplained</b>{{end}}</td></tr>
{{end}}</table>{{end}}{{end}}{{end}}{{end}}
</body></html>
`))

// codeSpans renders Markdown prose as HTML: escaped, with its `code` spans
// in <code>.
func codeSpans(md string) template.HTML {
	var b strings.Builder
	for i, part := range strings.Split(md, "`") {
		part = template.HTMLEscapeString(part)
		if i%2 == 1 {
			part = "<code>" + part + "</code>"
		}
		b.WriteString(part)
	}
	return template.HTML(b.String())
}

// HTML writes the report as an HTML page.
func (r *Report) HTML(w io.Writer) error { return htmlPage.Execute(w, r) }
