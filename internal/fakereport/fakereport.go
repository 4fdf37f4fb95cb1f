// Package fakereport runs the generated TestFakeLifecycle of helper
// packages (go test -json) and summarises it: fixtures per package, how
// many passed, and the failures grouped by reason. Tests of this
// repository print it for gen/ and for the scale job's services.
package fakereport

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os/exec"
	"regexp"
	"sort"
	"strings"
)

// Report is the outcome of TestFakeLifecycle over some packages.
type Report struct {
	// Packages maps a package's last path element to its fixtures' results.
	Packages map[string]*Result
	// Failed lists "package Fixture" per failed fixture; Reasons groups
	// them by why.
	Failed  []string
	Reasons map[string][]string
	// Skipped lists "package Fixture: why" per fixture the generated test
	// could not set up (a parent from another service).
	Skipped []string
	// Broken are packages that failed outside any fixture: a build error
	// or a test binary that died (see Stderr).
	Broken []string
	Stderr string
}

// Result counts one package's fixtures; skipped ones count in neither.
type Result struct{ Pass, Fail, Skip int }

// Total returns how many fixtures ran and passed.
func (r *Report) Total() (total, passed int) {
	for _, p := range r.Packages {
		total += p.Pass + p.Fail
		passed += p.Pass
	}
	return total, passed
}

// event is one line of go test -json.
type event struct {
	Action, Package, Test, Output string
}

// Run runs TestFakeLifecycle of pkgs (go test patterns) in dir.
func Run(dir string, pkgs ...string) (*Report, error) {
	args := append([]string{"test", "-json", "-count=1", "-run", "^TestFakeLifecycle$"}, pkgs...)
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if _, exit := err.(*exec.ExitError); err != nil && !exit {
		return nil, fmt.Errorf("go test in %s: %v\n%s", dir, err, stderr.Bytes())
	}
	r := Parse(out)
	r.Stderr = stderr.String()
	return r, nil
}

// Parse reads go test -json output.
func Parse(out []byte) *Report {
	r := &Report{Packages: map[string]*Result{}, Reasons: map[string][]string{}}
	outputs := map[string][]string{} // package + fixture → its output lines, steps included
	var failedPkgs []string
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var e event
		if json.Unmarshal(sc.Bytes(), &e) != nil {
			continue
		}
		pkg := e.Package[strings.LastIndex(e.Package, "/")+1:]
		if e.Test == "" && e.Action == "fail" {
			failedPkgs = append(failedPkgs, pkg)
			continue
		}
		name, ok := strings.CutPrefix(e.Test, "TestFakeLifecycle/")
		if !ok {
			continue
		}
		fixture, _, _ := strings.Cut(name, "/")
		key := pkg + " " + fixture
		res := r.Packages[pkg]
		if res == nil {
			res = &Result{}
			r.Packages[pkg] = res
		}
		switch {
		case e.Action == "output":
			outputs[key] = append(outputs[key], e.Output)
		case fixture != name: // a step's own result
		case e.Action == "pass":
			res.Pass++
		case e.Action == "fail":
			res.Fail++
			r.Failed = append(r.Failed, key)
		case e.Action == "skip":
			res.Skip++
			r.Skipped = append(r.Skipped, key+": "+skipReason(outputs[key]))
		}
	}
	for _, key := range r.Failed {
		why := classify(outputs[key])
		r.Reasons[why] = append(r.Reasons[why], key)
	}
	// A package whose fixtures all passed but which failed anyway did not
	// build, or its test binary died.
	for _, pkg := range failedPkgs {
		if res := r.Packages[pkg]; res == nil || res.Fail == 0 {
			r.Broken = append(r.Broken, pkg)
		}
	}
	return r
}

// skipReason is what the generated test's t.Skip said.
func skipReason(lines []string) string {
	for _, l := range lines {
		if _, msg, ok := strings.Cut(l, ".go:"); ok && strings.Contains(msg, ": ") {
			_, why, _ := strings.Cut(msg, ": ")
			return strings.TrimSpace(why)
		}
	}
	return "?"
}

// Table is the report as text: fixtures and passes per package, the
// total with its rate, then the failures by reason.
func (r *Report) Table() string {
	var b strings.Builder
	pkgs := make([]string, 0, len(r.Packages))
	for p := range r.Packages {
		pkgs = append(pkgs, p)
	}
	sort.Strings(pkgs)
	fmt.Fprintf(&b, "%-32s %8s %8s %8s\n", "helper package", "fixtures", "passed", "skipped")
	skipped := 0
	for _, p := range pkgs {
		res := r.Packages[p]
		fmt.Fprintf(&b, "%-32s %8d %8d %8d\n", p, res.Pass+res.Fail, res.Pass, res.Skip)
		skipped += res.Skip
	}
	total, passed := r.Total()
	rate := 0.0
	if total > 0 {
		rate = 100 * float64(passed) / float64(total)
	}
	fmt.Fprintf(&b, "%-32s %8d %8d %8d (%.1f %% passed)\n", "total", total, passed, skipped, rate)
	reasons := make([]string, 0, len(r.Reasons))
	for why := range r.Reasons {
		reasons = append(reasons, why)
	}
	sort.Strings(reasons)
	for _, why := range reasons {
		fmt.Fprintf(&b, "failed (%d): %s: %s\n", len(r.Reasons[why]), why, strings.Join(r.Reasons[why], ", "))
	}
	for _, sk := range r.Skipped {
		fmt.Fprintf(&b, "skipped: %s\n", sk)
	}
	for _, p := range r.Broken {
		fmt.Fprintf(&b, "package failed outside its fixtures (build error or crash): %s\n", p)
	}
	return b.String()
}

// reasons classify a failed fixture lifecycle by its first telling line:
// the step that failed (as fakestore.Lifecycle names it, or the fixture's
// own create and cleanup messages) and the API error code.
var reasons = []struct {
	re   *regexp.Regexp
	name string
}{
	{regexp.MustCompile(`api error NotImplemented: (\S+) is not implemented`), "not implemented: $1"},
	// A member the pinned SDK requires and the model lacks: the SDK
	// refuses the input before sending it.
	{regexp.MustCompile(`was not sent: the SDK refused the input`), "refused by the SDK (a required member the model lacks)"},
	{regexp.MustCompile(`read back: operation error [^,]+, (?:api error )?([\w.]+):`), "read back failed: $1"},
	{regexp.MustCompile(`after cleanup: .* answered (<nil>)`), "still there after cleanup"},
	{regexp.MustCompile(`after cleanup: .* answered operation error [^,]+, (?:api error )?([\w.]+):`), "after cleanup, not NotFound: $1"},
	{regexp.MustCompile(`cleanup: deleting`), "cleanup failed"},
	{regexp.MustCompile(`waiting for .*exceeded max wait time`), "waiter never succeeded"},
	{regexp.MustCompile(`create: the fixture was skipped`), "fixture skipped"},
	{regexp.MustCompile(`(?:api error )?([\w.]+): 1 validation error`), "create rejected by validation: $1"},
}

// classify names why a fixture's lifecycle failed, from its output.
func classify(lines []string) string {
	for _, r := range reasons {
		for _, l := range lines {
			if m := r.re.FindStringSubmatchIndex(l); m != nil {
				return string(r.re.ExpandString(nil, r.name, l, m))
			}
		}
	}
	return "other"
}
