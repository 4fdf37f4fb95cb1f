package scale

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"maps"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/mod/modfile"
	"golang.org/x/mod/semver"

	"github.com/awsparity/awsparity/generator/engine"
	"github.com/awsparity/awsparity/generator/golang"
	"github.com/awsparity/awsparity/generator/load"
	"github.com/awsparity/awsparity/internal/fakereport"
)

// Env switches the compile proof on: "sample" (SampleSize services chosen
// by the day's date) or "all".
const Env = "AWSPARITY_SCALE"

// EnvDate overrides the day the sample is drawn for (YYYY-MM-DD), to
// reproduce another day's run.
const EnvDate = "AWSPARITY_SCALE_DATE"

// EnvReport names a file that receives the Markdown report (CI appends it
// to the step summary).
const EnvReport = "AWSPARITY_SCALE_REPORT"

// SampleSize is how many services a sample run compiles.
const SampleSize = 30

const sdkServicePrefix = "github.com/aws/aws-sdk-go-v2/service/"

// TestCompileGenerated is the compile proof at scale. It generates the
// helpers of the chosen services into a temporary module that requires
// awsparity (replaced by this checkout) but none of their SDK modules, so
// every service outside awsparity's own go.mod is named and typed by
// prediction from the model alone (generator/golang). Only then does it add
// each SDK module at the newest version the module proxy offers and build
// and vet the generated packages, tests (skeletons) included. Then it
// generates them again against those SDK modules, vets them again, and
// checks that every Server has every operation of its pinned client (the
// SDK source read independently of the generator) and that no drift report
// lists an SDK operation missing from Server. Modules the proxy lacks are
// reported apart from compile failures; the test fails on any compile
// failure and any missing operation.
func TestCompileGenerated(t *testing.T) {
	mode := os.Getenv(Env)
	if mode == "" {
		t.Skipf("compile proof at scale is opt-in: %s=sample (%d services, chosen by date) or %s=all", Env, SampleSize, Env)
	}
	if mode != "sample" && mode != "all" {
		t.Fatalf("%s=%q: want sample or all", Env, mode)
	}
	models, root := ModelsDir(t), RepoRoot(t)
	svcs, err := load.Paths([]string{models})
	if err != nil {
		t.Fatal(err)
	}
	names := make([]string, len(svcs))
	for i, s := range svcs {
		names[i] = s.SDKID
	}
	want := len(names)
	if mode == "sample" {
		day := os.Getenv(EnvDate)
		if day == "" {
			day = time.Now().UTC().Format(time.DateOnly)
		}
		names, want = Order(names, day), SampleSize
		t.Logf("sample of %d services for %s (reproduce with %s=%s)", want, day, EnvDate, day)
	}

	mod := newModule(t, root)
	start := time.Now()
	pinned := pinnedModules(t, root)
	chosen, versions, skipped := mod.choose(names, want, pinned)
	if len(chosen) == 0 {
		t.Fatalf("no service has a usable SDK module in the module proxy (skipped: %v)", skipped)
	}
	t.Logf("chose %d services in %s; %d skipped for want of a usable SDK module", len(chosen), time.Since(start).Round(time.Millisecond), len(skipped))

	start = time.Now()
	out := filepath.Join(mod.dir, outDir)
	res, err := engine.Run(engine.Options{Models: []string{models}, Services: chosen, Out: out, NoCache: true, CacheDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("generated %d services, %d files in %s", res.Services, res.Files, time.Since(start).Round(time.Millisecond))

	// A name may select more than one service (an sdkId that is another
	// service's endpoint prefix): those need their module too, or go.
	var extra []string
	for _, sr := range res.Drift.Services {
		if !pinned[sr.Package] && versions[sr.Package] == "" {
			extra = append(extra, sr.Package)
		}
	}
	more, why := mod.usable(extra)
	for _, pkg := range extra {
		if v := more[pkg]; v != "" {
			versions[pkg] = v
			continue
		}
		skipped[pkg] = why[pkg]
		if err := os.RemoveAll(filepath.Join(out, pkg+"test")); err != nil {
			t.Fatal(err)
		}
	}
	var compiled []string
	predicted := map[string]bool{}
	for _, sr := range res.Drift.Services {
		if skipped[sr.Package] == "" {
			compiled = append(compiled, sr.Package)
			predicted[sr.Package] = sr.SDKVersion == ""
		}
	}

	// Only now, with every name already predicted, do the SDK modules come.
	start = time.Now()
	var gets []string
	for _, pkg := range slices.Sorted(maps.Keys(versions)) {
		gets = append(gets, sdkServicePrefix+pkg+"@"+versions[pkg])
	}
	mod.get(gets)
	t.Logf("added %d SDK modules in %s", len(gets), time.Since(start).Round(time.Millisecond))

	start = time.Now()
	failures := mod.vet()
	built := time.Since(start).Round(time.Second)

	// Generated again, now that the module pins every SDK module: names
	// and types come from the SDK source, and Server must have every
	// operation of each pinned client, those the model lacks included. The
	// output starts empty, as a user's first run would: skeletons are never
	// overwritten, so those of operations the SDK has removed would stay.
	start = time.Now()
	if err := os.RemoveAll(out); err != nil {
		t.Fatal(err)
	}
	pinnedRun, err := engine.Run(engine.Options{Models: []string{models}, Services: chosen, Out: out, NoCache: true, CacheDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	for pkg := range skipped {
		if err := os.RemoveAll(filepath.Join(out, pkg+"test")); err != nil {
			t.Fatal(err)
		}
	}
	checkedFailures := mod.vet()
	servers := checkServers(t, mod.dir, out, compiled)
	t.Logf("generated against the pinned SDK modules, vetted and checked Server in %s", time.Since(start).Round(time.Second))

	outdated := outdatedBySDK(failures, checkedFailures, pinnedRun.Drift)
	rep := report{mode: mode, packages: compiled, predicted: predicted, skipped: skipped, failures: failures, built: built,
		outdated: outdated, checkedFailures: checkedFailures, servers: servers}
	text := rep.markdown() + lifecycles(t, mod.dir)
	t.Log("\n" + text)
	if path := os.Getenv(EnvReport); path != "" {
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Error(err)
		}
	}
	for pkg, out := range failures {
		if outdated[pkg] == "" {
			t.Errorf("%s does not compile:\n%s", pkg, out)
		}
	}
	for pkg, out := range checkedFailures {
		t.Errorf("%s, generated against the pinned SDK, does not compile:\n%s", pkg, out)
	}
	for pkg, c := range servers {
		if len(c.Missing) > 0 {
			t.Errorf("%stest.Server lacks operations of the pinned %s client: %s", pkg, pkg, strings.Join(c.Missing, ", "))
		}
	}
}

// explained are the drift kinds in which the pinned SDK decided otherwise
// than the model says: prediction from the model cannot know them.
var explained = []golang.DriftKind{golang.MissingOperation, golang.MissingMember, golang.MissingType, golang.MissingEnumValue,
	golang.MissingWaiter, golang.TypeOverridden, golang.EnumNameOverridden, golang.KindOverridden}

// outdatedBySDK returns, of the predicted helpers that fail to compile, those
// the newer SDK explains, with the names it changed: the helper compiles
// once generated against the pinned SDK, and every error names something
// the drift report says the SDK decided otherwise (an operation it removed,
// a type it renamed). A prediction bug names nothing there, and fails.
func outdatedBySDK(failures, checked map[string]string, drift *golang.Report) map[string]string {
	out := map[string]string{}
	for _, sr := range drift.Services {
		pkg := sr.Package + "test"
		if failures[pkg] == "" || checked[pkg] != "" {
			continue
		}
		var names []string
		for _, d := range sr.Drift {
			if !slices.Contains(explained, d.Kind) {
				continue
			}
			for _, n := range []string{d.Operation, d.Shape, d.SDK} {
				if n = strings.TrimLeft(strings.TrimPrefix(strings.TrimLeft(n, "*[]"), "types."), "*[]"); len(n) > 2 {
					names = append(names, n)
				}
			}
		}
		var used []string
		all := true
		for _, line := range strings.Split(failures[pkg], "\n") {
			if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") || strings.HasSuffix(line, "too many errors") {
				continue
			}
			i := slices.IndexFunc(names, func(n string) bool { return strings.Contains(line, n) })
			if i < 0 {
				all = false
				break
			}
			if !slices.Contains(used, names[i]) {
				used = append(used, names[i])
			}
		}
		if all && len(used) > 0 {
			out[pkg] = strings.Join(used, ", ")
		}
	}
	return out
}

// MinLifecycleRate is the share of fixtures needing no options that must
// live a whole life against the generated fakes (issue 15's aim).
const MinLifecycleRate = 0.95

// lifecycles runs the generated TestFakeLifecycle of every compiled
// helper package and returns its table for the report, failing t below
// MinLifecycleRate.
func lifecycles(t *testing.T, dir string) string {
	start := time.Now()
	r, err := fakereport.Run(dir, "./"+outDir+"/...")
	if err != nil {
		t.Error(err)
		return ""
	}
	total, passed := r.Total()
	text := fmt.Sprintf("\n### Fixture lifecycles against the generated fakes (%s)\n\n```\n%s```\n", time.Since(start).Round(time.Second), r.Table())
	if total > 0 && float64(passed) < MinLifecycleRate*float64(total) {
		t.Errorf("%d of %d fixture lifecycles passed against the generated fakes, below %.0f %%", passed, total, 100*MinLifecycleRate)
	}
	return text
}

// TestOrder checks the day's order is a fixed permutation per day that
// moves from day to day.
func TestOrder(t *testing.T) {
	names := make([]string, 402)
	for i := range names {
		names[i] = fmt.Sprintf("svc%03d", i)
	}
	a, again, next := Order(names, "2026-11-21"), Order(names, "2026-11-21"), Order(names, "2026-11-22")
	if !slices.Equal(slices.Sorted(slices.Values(a)), names) {
		t.Fatalf("order %v is not a permutation of the names", a)
	}
	if !slices.Equal(a, again) {
		t.Errorf("same day, different orders:\n%v\n%v", a[:SampleSize], again[:SampleSize])
	}
	if slices.Equal(a[:SampleSize], next[:SampleSize]) {
		t.Errorf("next day drew the same sample %v", a[:SampleSize])
	}
}

// TestVetFailures feeds the output go vet (Go 1.26) gave for three broken
// packages: a type error, a type error in a test, and an analyzer finding,
// which comes without a "# <package>" header.
func TestVetFailures(t *testing.T) {
	out := "# example.com/scale/out/atest\n" +
		"vet: out/atest/a.go:3:23: cannot use \"x\" (untyped string constant) as int value in return statement\n" +
		"out/ctest/c.go:5:24: fmt.Printf format %d has arg \"x\" of wrong type string\n" +
		"# example.com/scale/out/btest_test\n" +
		"# [example.com/scale/out/btest_test]\n" +
		"vet: out/btest/b_test.go:5:40: cannot use \"s\" (untyped string constant) as int value in variable declaration\n" +
		"\tcontinued\n" +
		"go: some error of the go command\n"
	got := vetFailures(out)
	want := map[string]string{
		"atest":    "vet: out/atest/a.go:3:23: cannot use \"x\" (untyped string constant) as int value in return statement\n",
		"btest":    "vet: out/btest/b_test.go:5:40: cannot use \"s\" (untyped string constant) as int value in variable declaration\n\tcontinued\n",
		"ctest":    "out/ctest/c.go:5:24: fmt.Printf format %d has arg \"x\" of wrong type string\n",
		"(go vet)": "go: some error of the go command\n",
	}
	if !maps.Equal(got, want) {
		t.Errorf("vetFailures:\n%q\nwant\n%q", got, want)
	}
	if got := vetFailures("# example.com/scale/out/atest\n"); got["(go vet)"] == "" {
		t.Errorf("a failure with no message at all was lost: %q", got)
	}
}

func TestReportMarkdown(t *testing.T) {
	r := report{
		mode:            "sample",
		packages:        []string{"a", "b", "c"},
		predicted:       map[string]bool{"a": true, "c": true},
		skipped:         map[string]string{"d": "not in the module proxy"},
		failures:        map[string]string{"btest": "vet: …\n"},
		built:           3 * time.Second,
		checkedFailures: map[string]string{"ctest": "vet: …\n"},
		servers: map[string]serverCoverage{
			"a": {Operations: 10, FromSDK: 2},
			"b": {Operations: 5},
			"c": {Operations: 7, FromSDK: 1, Missing: []string{"Gone", "New (drift report)"}},
		},
	}
	got := r.markdown()
	for _, want := range []string{
		"### Compile proof (sample): 2/3 services compile and vet clean (66.7 %)\n",
		"- 2 named by prediction alone (SDK module added after generation), 1 checked against awsparity's pinned SDK\n",
		"- **failed** (1): b\n",
		"- skipped, no usable SDK module in the module proxy (1): d (not in the module proxy)\n",
		"- generated again against the pinned SDK modules: 2/3 compile and vet clean\n",
		"- Server has every operation of the pinned client in 2/3 services: 22 operations, 3 of them taken from the SDK source (the model lacks them), 2 SDK-only operations missing\n",
		"- **failed against the pinned SDK** (1): c\n",
		"- **Server lacks SDK operations** (1): c (Gone, New (drift report))\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("report lacks %q:\n%s", want, got)
		}
	}
}

// Order returns names in the day's order: a permutation drawn from the
// date, the same all day and different the next, so that daily samples
// from its front cover every service over time and any day's failure is
// reproducible.
func Order(names []string, day string) []string {
	sorted := slices.Sorted(slices.Values(names))
	h := fnv.New64a()
	io.WriteString(h, day)
	seed := h.Sum64()
	r := rand.New(rand.NewPCG(seed, seed>>1))
	out := make([]string, len(sorted))
	for i, j := range r.Perm(len(sorted)) {
		out[i] = sorted[j]
	}
	return out
}

// pinnedModules returns the SDK service packages awsparity's go.mod
// requires: the temporary module has them through awsparity already.
func pinnedModules(t *testing.T, root string) map[string]bool {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	mf, err := modfile.ParseLax("go.mod", data, nil)
	if err != nil {
		t.Fatal(err)
	}
	pinned := map[string]bool{}
	for _, r := range mf.Require {
		if pkg, ok := strings.CutPrefix(r.Mod.Path, sdkServicePrefix); ok {
			pinned[pkg] = true
		}
	}
	return pinned
}

// module is the temporary user module the proof generates into.
type module struct {
	t   *testing.T
	dir string
}

// newModule creates a module requiring awsparity, replaced by the checkout
// at root (both modules: generator and runtime), with root's go.sum so that awsparity's own dependencies resolve
// offline.
func newModule(t *testing.T, root string) *module {
	t.Helper()
	dir := t.TempDir()
	data, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	own, err := modfile.ParseLax("go.mod", data, nil)
	if err != nil {
		t.Fatal(err)
	}
	gomod := fmt.Sprintf("module example.com/scale\n\ngo %s\n\nrequire %s v0.0.0\n\nreplace %s => %s\n\nreplace %s/runtime => %s\n",
		own.Go.Version, Module, Module, root, Module, filepath.Join(root, "runtime"))
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(gomod), 0o644); err != nil {
		t.Fatal(err)
	}
	sum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "go.sum"), sum, 0o644); err != nil {
		t.Fatal(err)
	}
	return &module{t: t, dir: dir}
}

// goCmd runs the go command in the module, offline from any workspace and
// without toolchain switches.
func (m *module) goCmd(args ...string) ([]byte, error) {
	cmd := exec.Command("go", args...)
	cmd.Dir = m.dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOTOOLCHAIN=local", "GOFLAGS=-mod=mod")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return append(out, stderr.Bytes()...), fmt.Errorf("go %s: %w", strings.Join(args, " "), err)
	}
	return out, nil
}

// coreModule is the SDK core every service module requires.
const coreModule = "github.com/aws/aws-sdk-go-v2"

// slack is how long after the pinned core the rest of its release may
// have been published.
const slack = time.Hour

// usable returns, per SDK package, the newest release of its module that
// the module proxy has and that was published no later than the SDK core
// awsparity pins (plus slack): newer ones may need a newer core than this
// partial mirror has. Packages without one are absent from the result and
// in why, with the reason.
func (m *module) usable(pkgs []string) (versions, why map[string]string) {
	m.t.Helper()
	versions, why = map[string]string{}, map[string]string{}
	if len(pkgs) == 0 {
		return versions, why
	}
	cutoff := m.info(coreModule)[coreModule].Add(slack)
	candidates := map[string][]string{} // newest first
	for _, l := range m.list(append([]string{"-versions"}, prefixed(pkgs)...)...) {
		for _, v := range l.Versions {
			if semver.Prerelease(v) == "" {
				candidates[l.Path] = append(candidates[l.Path], v)
			}
		}
		semver.Sort(candidates[l.Path])
		slices.Reverse(candidates[l.Path])
	}
	for _, pkg := range pkgs {
		if len(candidates[sdkServicePrefix+pkg]) == 0 {
			why[pkg] = "not in the module proxy"
		}
	}
	// Walk back from the newest release, one version per module per go
	// command, until one is old enough.
	for {
		var queries []string
		for path, vs := range candidates {
			if len(vs) > 0 {
				queries = append(queries, path+"@"+vs[0])
			}
		}
		if len(queries) == 0 {
			return versions, why
		}
		for path, published := range m.info(queries...) {
			pkg := strings.TrimPrefix(path, sdkServicePrefix)
			switch vs := candidates[path]; {
			case !published.After(cutoff):
				versions[pkg] = vs[0]
				delete(candidates, path)
			case len(vs) == 1:
				why[pkg] = "every release is newer than the pinned " + coreModule
				delete(candidates, path)
			default:
				candidates[path] = vs[1:]
			}
		}
	}
}

func prefixed(pkgs []string) []string {
	paths := make([]string, len(pkgs))
	for i, p := range pkgs {
		paths[i] = sdkServicePrefix + p
	}
	return paths
}

// listed is what go list -m -json says of a module.
type listed struct {
	Path, Version string
	Versions      []string
	Time          time.Time
	Error         *struct{ Err string }
}

// list runs go list -m -e -json with args.
func (m *module) list(args ...string) []listed {
	m.t.Helper()
	out, err := m.goCmd(append([]string{"list", "-m", "-e", "-json"}, args...)...)
	if err != nil {
		m.t.Fatalf("%v\n%s", err, out)
	}
	var all []listed
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var l listed
		if err := dec.Decode(&l); errors.Is(err, io.EOF) {
			return all
		} else if err != nil {
			m.t.Fatalf("go list -m: %v", err)
		}
		all = append(all, l)
	}
}

// info returns the publication time of each module query (path or
// path@version), by module path.
func (m *module) info(queries ...string) map[string]time.Time {
	m.t.Helper()
	times := map[string]time.Time{}
	for _, l := range m.list(queries...) {
		if l.Error != nil || l.Time.IsZero() {
			m.t.Fatalf("go list -m %s: no publication time: %+v", l.Path, l.Error)
		}
		times[l.Path] = l.Time
	}
	return times
}

// choose takes services from the front of names until want of them can be
// compiled: their SDK module is pinned by awsparity, or usable. It asks
// the module proxy only about as many modules as are still needed, in a
// few go commands per round. It returns the services (sorted), the
// versions to add by SDK package, and the packages skipped, with why.
func (m *module) choose(names []string, want int, pinned map[string]bool) (chosen []string, versions, skipped map[string]string) {
	m.t.Helper()
	versions, skipped = map[string]string{}, map[string]string{}
	for len(names) > 0 && len(chosen) < want {
		batch := names[:min(want-len(chosen), len(names))]
		names = names[len(batch):]
		var ask []string
		for _, n := range batch {
			if pkg := golang.PackageName(n); !pinned[pkg] {
				ask = append(ask, pkg)
			}
		}
		found, why := m.usable(ask)
		maps.Copy(versions, found)
		maps.Copy(skipped, why)
		for _, n := range batch {
			if pkg := golang.PackageName(n); pinned[pkg] || found[pkg] != "" {
				chosen = append(chosen, n)
			}
		}
	}
	slices.Sort(chosen)
	return chosen, versions, skipped
}

// get requires the module versions in one go get.
func (m *module) get(versions []string) {
	m.t.Helper()
	if len(versions) == 0 {
		return
	}
	if out, err := m.goCmd(append([]string{"get"}, versions...)...); err != nil {
		m.t.Fatalf("%v\n%s", err, out)
	}
}

// outDir is where, inside the temporary module, the helpers are generated.
const outDir = "out"

// vet type-checks and vets every generated package with its tests and
// returns the failures by package, with the go command's output.
func (m *module) vet() map[string]string {
	m.t.Helper()
	out, err := m.goCmd("vet", "./...")
	if err == nil {
		return map[string]string{}
	}
	return vetFailures(string(out))
}

// vetFailures attributes go vet's output to the generated packages by the
// file each message names (out/<pkg>/<file>.go:…, with "vet: " before type
// errors), not by the "# <import path>" headers: the go command heads only
// build and type errors with them, analyzer findings come bare. Indented
// continuation lines stay with the message before them; anything else
// (the go command's own errors) is filed under "(go vet)".
func vetFailures(out string) map[string]string {
	failures := map[string]string{}
	pkg := ""
	for _, line := range strings.SplitAfter(out, "\n") {
		switch {
		case strings.TrimSpace(line) == "", strings.HasPrefix(line, "# "):
			continue
		case pkg != "" && (line[0] == ' ' || line[0] == '\t'):
		default:
			pkg = "(go vet)"
			file := strings.TrimPrefix(strings.TrimPrefix(line, "vet: "), "./")
			if rest, ok := strings.CutPrefix(file, outDir+"/"); ok {
				if dir, _, ok := strings.Cut(rest, "/"); ok {
					pkg = dir
				}
			}
		}
		failures[pkg] += line
	}
	if len(failures) == 0 {
		failures["(go vet)"] = out
	}
	return failures
}

// report is the outcome as Markdown.
type report struct {
	mode      string
	packages  []string          // SDK packages whose helpers were compiled
	predicted map[string]bool   // … named by prediction alone
	skipped   map[string]string // SDK package → why it was not compiled
	failures  map[string]string // helper package → go vet output
	// outdated are the failures the newer SDK explains (outdatedBySDK):
	// helper package → the names it changed.
	outdated map[string]string
	built    time.Duration
	// checkedFailures are the go vet failures of the helpers generated
	// again against the SDK modules; servers is how their Server covers
	// each pinned client, by SDK package.
	checkedFailures map[string]string
	servers         map[string]serverCoverage
}

func (r report) markdown() string {
	var b strings.Builder
	var failed []string
	npred := 0
	for _, pkg := range r.packages {
		if r.predicted[pkg] {
			npred++
		}
		if r.failures[pkg+"test"] != "" {
			failed = append(failed, pkg)
		}
	}
	n := len(r.packages)
	passed := n - len(failed)
	fmt.Fprintf(&b, "### Compile proof (%s): %d/%d services compile and vet clean (%.1f %%)\n\n", r.mode, passed, n, 100*float64(passed)/float64(max(n, 1)))
	fmt.Fprintf(&b, "- %d named by prediction alone (SDK module added after generation), %d checked against awsparity's pinned SDK\n", npred, n-npred)
	fmt.Fprintf(&b, "- go vet ./... (SDK packages compiled too) took %s\n", r.built)
	var unexplained, explainedBySDK []string
	for _, pkg := range failed {
		if why := r.outdated[pkg+"test"]; why != "" {
			explainedBySDK = append(explainedBySDK, pkg+" ("+why+")")
		} else {
			unexplained = append(unexplained, pkg)
		}
	}
	if len(unexplained) > 0 {
		fmt.Fprintf(&b, "- **failed** (%d): %s\n", len(unexplained), strings.Join(unexplained, ", "))
	}
	if len(explainedBySDK) > 0 {
		fmt.Fprintf(&b, "- failed by prediction only, explained by the newer SDK, which changed what the model says; they compile against the pinned SDK (%d): %s\n",
			len(explainedBySDK), strings.Join(explainedBySDK, "; "))
	}
	if len(r.skipped) > 0 {
		var parts []string
		for _, pkg := range slices.Sorted(maps.Keys(r.skipped)) {
			parts = append(parts, pkg+" ("+r.skipped[pkg]+")")
		}
		fmt.Fprintf(&b, "- skipped, no usable SDK module in the module proxy (%d): %s\n", len(r.skipped), strings.Join(parts, ", "))
	}
	var checkedFailed, short []string
	ops, fromSDK, missing := 0, 0, 0
	for _, pkg := range r.packages {
		if r.checkedFailures[pkg+"test"] != "" {
			checkedFailed = append(checkedFailed, pkg)
		}
		c := r.servers[pkg]
		ops += c.Operations
		fromSDK += c.FromSDK
		missing += len(c.Missing)
		if len(c.Missing) > 0 {
			short = append(short, fmt.Sprintf("%s (%s)", pkg, strings.Join(c.Missing, ", ")))
		}
	}
	fmt.Fprintf(&b, "- generated again against the pinned SDK modules: %d/%d compile and vet clean\n", n-len(checkedFailed), n)
	fmt.Fprintf(&b, "- Server has every operation of the pinned client in %d/%d services: %d operations, %d of them taken from the SDK source (the model lacks them), %d SDK-only operations missing\n",
		n-len(short), n, ops, fromSDK, missing)
	if len(checkedFailed) > 0 {
		fmt.Fprintf(&b, "- **failed against the pinned SDK** (%d): %s\n", len(checkedFailed), strings.Join(checkedFailed, ", "))
	}
	if len(short) > 0 {
		fmt.Fprintf(&b, "- **Server lacks SDK operations** (%d): %s\n", len(short), strings.Join(short, "; "))
	}
	for _, other := range []string{r.failures["(go vet)"], r.checkedFailures["(go vet)"]} {
		if other != "" {
			fmt.Fprintf(&b, "- go vet failed outside the generated packages:\n\n```\n%s```\n", other)
		}
	}
	return b.String()
}

// TestOutdatedBySDK: a predicted failure is explained only when the pinned
// generation compiles and every error names what the SDK changed.
func TestOutdatedBySDK(t *testing.T) {
	drift := &golang.Report{Services: []*golang.ServiceReport{
		{Package: "dsql", Drift: []golang.Drift{{Kind: golang.MissingOperation, Operation: "CreateMultiRegionClusters"}}},
		{Package: "sagemaker", Drift: []golang.Drift{{Kind: golang.TypeOverridden, Shape: "RealTimeInferenceConfig", Member: "InstanceType",
			Model: "types.InstanceType", SDK: "types.ProductionVariantInstanceType"}}},
		{Package: "buggy", Drift: []golang.Drift{{Kind: golang.MissingOperation, Operation: "Gone"}}},
		{Package: "stillbroken", Drift: []golang.Drift{{Kind: golang.MissingOperation, Operation: "Gone"}}},
	}}
	failures := map[string]string{
		"dsqltest": "# example.com/scale/out/dsqltest\nvet: out/dsqltest/zz_generated.stubs.go:23:58: undefined: dsql.CreateMultiRegionClustersInput\n" +
			"out/dsqltest/zz_generated.stubs.go:23:97: undefined: dsql.CreateMultiRegionClustersOutput\nout/dsqltest/x.go:1:1: too many errors\n",
		"sagemakertest":   "vet: out/sagemakertest/f.go:1756:22: cannot use types.InstanceTypeMlT2Medium (constant of string type types.InstanceType) as types.ProductionVariantInstanceType value\n",
		"buggytest":       "vet: out/buggytest/a.go:1:1: undefined: buggy.GoneInput\nvet: out/buggytest/b.go:2:2: undefined: buggy.Predicted\n",
		"stillbrokentest": "vet: out/stillbrokentest/a.go:1:1: undefined: stillbroken.GoneInput\n",
	}
	checked := map[string]string{"stillbrokentest": "vet: out/stillbrokentest/a.go:1:1: something\n"}
	got := outdatedBySDK(failures, checked, drift)
	want := map[string]string{"dsqltest": "CreateMultiRegionClusters", "sagemakertest": "ProductionVariantInstanceType"}
	if !maps.Equal(got, want) {
		t.Errorf("outdatedBySDK = %q, want %q", got, want)
	}
}
