package fakes_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os/exec"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// event is one line of go test -json.
type event struct {
	Action, Package, Test, Output string
}

// reasons classify a failed fixture lifecycle by its first telling line:
// the step that failed (as fakestore.Lifecycle names it, or the fixture's
// own create and cleanup messages) and the API error code.
var reasons = []struct {
	re   *regexp.Regexp
	name string
}{
	{regexp.MustCompile(`api error NotImplemented: (\S+) is not implemented`), "not implemented: $1"},
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

// TestGeneratedFakesLifecycle runs TestFakeLifecycle of every helper
// package in gen/: each fixture that needs no options is created against
// the generated fake with no hand-written code, read back, cleaned up, and
// then answers NotFound. It prints the pass rate per service and the
// failures by reason, and fails when any fixture fails.
func TestGeneratedFakesLifecycle(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go test over gen/")
	}
	cmd := exec.Command("go", "test", "-json", "-count=1", "-run", "^TestFakeLifecycle$", "./gen/...")
	cmd.Dir = "../.."
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if _, exit := err.(*exec.ExitError); err != nil && !exit {
		t.Fatalf("go test ./gen/...: %v\n%s", err, stderr.Bytes())
	}

	type result struct{ pass, fail int }
	perService := map[string]*result{}
	outputs := map[string][]string{} // package + top-level subtest → output lines, subtests included
	var failed, brokenPkgs []string
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var e event
		if json.Unmarshal(sc.Bytes(), &e) != nil {
			continue
		}
		if e.Test == "" && e.Action == "fail" {
			// A package that does not build or whose test binary dies fails
			// outside any fixture's subtest.
			brokenPkgs = append(brokenPkgs, e.Package)
			continue
		}
		name, ok := strings.CutPrefix(e.Test, "TestFakeLifecycle/")
		if !ok {
			continue
		}
		fixture, _, _ := strings.Cut(name, "/")
		key := e.Package + " " + fixture
		svc := strings.TrimPrefix(e.Package, "github.com/awsparity/awsparity/gen/")
		switch {
		case e.Action == "output":
			outputs[key] = append(outputs[key], e.Output)
		case fixture != name: // a step's own result
		case e.Action == "pass":
			r := perService[svc]
			if r == nil {
				r = &result{}
				perService[svc] = r
			}
			r.pass++
		case e.Action == "fail", e.Action == "skip":
			r := perService[svc]
			if r == nil {
				r = &result{}
				perService[svc] = r
			}
			r.fail++
			failed = append(failed, key)
		}
	}
	if stderr.Len() > 0 {
		t.Logf("go test stderr:\n%s", stderr.Bytes())
	}
	var services []string
	total, passed := 0, 0
	for s, r := range perService {
		services = append(services, s)
		total += r.pass + r.fail
		passed += r.pass
	}
	if total == 0 {
		t.Fatalf("no fixture lifecycle ran; go test output:\n%s", out)
	}
	sort.Strings(services)
	var b strings.Builder
	fmt.Fprintf(&b, "%-24s %8s %8s\n", "helper package", "fixtures", "passed")
	for _, s := range services {
		r := perService[s]
		fmt.Fprintf(&b, "%-24s %8d %8d\n", s, r.pass+r.fail, r.pass)
	}
	fmt.Fprintf(&b, "%-24s %8d %8d (%.1f %%)\n", "total", total, passed, 100*float64(passed)/float64(total))
	byReason := map[string][]string{}
	for _, key := range failed {
		r := classify(outputs[key])
		byReason[r] = append(byReason[r], strings.TrimPrefix(key, "github.com/awsparity/awsparity/gen/"))
	}
	var rs []string
	for r := range byReason {
		rs = append(rs, r)
	}
	sort.Strings(rs)
	for _, r := range rs {
		fmt.Fprintf(&b, "failed (%d): %s: %s\n", len(byReason[r]), r, strings.Join(byReason[r], ", "))
	}
	t.Logf("fixture lifecycles against the generated fakes, no hand-written code:\n%s", b.String())
	if len(failed) > 0 {
		t.Errorf("%d of %d fixture lifecycles failed", len(failed), total)
	}
	for _, p := range brokenPkgs {
		t.Errorf("%s failed (see the failures above, or a build error in go test's stderr)", p)
	}
}
