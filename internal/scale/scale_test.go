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
// prediction from the model alone (DESIGN.md §4). Only then does it add
// each SDK module at the newest version the module proxy offers and build
// and vet the generated packages, tests (skeletons) included. Modules the
// proxy lacks are reported apart from compile failures; the test fails on
// any compile failure.
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
	if mode == "sample" {
		day := os.Getenv(EnvDate)
		if day == "" {
			day = time.Now().UTC().Format(time.DateOnly)
		}
		names = Sample(names, day, SampleSize)
		t.Logf("sample of %d services for %s (reproduce with %s=%s)", len(names), day, EnvDate, day)
	}

	mod := newModule(t, root)
	start := time.Now()
	res, err := engine.Run(engine.Options{Models: []string{models}, Services: names, Out: filepath.Join(mod.dir, "out"), NoCache: true, CacheDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("generated %d services, %d files in %s", res.Services, res.Files, time.Since(start).Round(time.Millisecond))

	pinned := map[string]bool{}
	for _, s := range res.Drift.Services {
		pinned[s.Package] = s.SDKVersion != ""
	}
	var needed []string
	for _, n := range names {
		if pkg := golang.PackageName(n); !pinned[pkg] {
			needed = append(needed, sdkServicePrefix+pkg)
		}
	}
	start = time.Now()
	versions := mod.latest(needed)
	var missing []string
	var gets []string
	for _, m := range needed {
		if v := versions[m]; v != "" {
			gets = append(gets, m+"@"+v)
		} else {
			missing = append(missing, m)
		}
	}
	mod.get(gets)
	t.Logf("added %d SDK modules in %s; %d not in the module proxy", len(gets), time.Since(start).Round(time.Millisecond), len(missing))

	start = time.Now()
	failures := mod.vet()
	built := time.Since(start).Round(time.Second)

	rep := report{mode: mode, services: names, missing: map[string]bool{}, failures: failures, pinned: pinned, built: built}
	for _, m := range missing {
		rep.missing[strings.TrimPrefix(m, sdkServicePrefix)] = true
	}
	text := rep.markdown()
	t.Log("\n" + text)
	if path := os.Getenv(EnvReport); path != "" {
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Error(err)
		}
	}
	for pkg, out := range failures {
		t.Errorf("%s does not compile:\n%s", pkg, out)
	}
}

// TestSample checks the sample is a fixed, sorted draw per day that moves
// from day to day.
func TestSample(t *testing.T) {
	names := make([]string, 402)
	for i := range names {
		names[i] = fmt.Sprintf("svc%03d", i)
	}
	a, again, next := Sample(names, "2026-11-21", SampleSize), Sample(names, "2026-11-21", SampleSize), Sample(names, "2026-11-22", SampleSize)
	if len(a) != SampleSize || !slices.IsSorted(a) || len(slices.Compact(slices.Clone(a))) != SampleSize {
		t.Fatalf("sample %v: want %d distinct names, sorted", a, SampleSize)
	}
	if !slices.Equal(a, again) {
		t.Errorf("same day, different samples:\n%v\n%v", a, again)
	}
	if slices.Equal(a, next) {
		t.Errorf("next day drew the same sample %v", a)
	}
	if got := Sample(names[:5], "2026-11-21", SampleSize); len(got) != 5 {
		t.Errorf("sample of 5 names = %v, want all of them", got)
	}
}

// Sample picks n of names (sorted copies; all when fewer), the same n for
// the same day and a different draw each day, so that CI covers every
// service over time and any day's failure is reproducible.
func Sample(names []string, day string, n int) []string {
	sorted := slices.Sorted(slices.Values(names))
	if n >= len(sorted) {
		return sorted
	}
	h := fnv.New64a()
	io.WriteString(h, day)
	seed := h.Sum64()
	r := rand.New(rand.NewPCG(seed, seed>>1))
	picked := make([]string, n)
	for i, j := range r.Perm(len(sorted))[:n] {
		picked[i] = sorted[j]
	}
	slices.Sort(picked)
	return picked
}

// module is the temporary user module the proof generates into.
type module struct {
	t   *testing.T
	dir string
}

// newModule creates a module requiring awsparity, replaced by the checkout
// at root, with root's go.sum so that awsparity's own dependencies resolve
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
	gomod := fmt.Sprintf("module example.com/scale\n\ngo %s\n\nrequire %s v0.0.0\n\nreplace %s => %s\n",
		own.Go.Version, Module, Module, root)
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

// latest returns the newest release the module proxy offers of each of
// paths; a path the proxy does not have is absent.
func (m *module) latest(paths []string) map[string]string {
	m.t.Helper()
	found := map[string]string{}
	if len(paths) == 0 {
		return found
	}
	out, err := m.goCmd(append([]string{"list", "-m", "-e", "-json", "-versions"}, paths...)...)
	if err != nil {
		m.t.Fatalf("%v\n%s", err, out)
	}
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var l struct {
			Path     string
			Versions []string
		}
		if err := dec.Decode(&l); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			m.t.Fatalf("go list -m -versions: %v", err)
		}
		var releases []string
		for _, v := range l.Versions {
			if semver.Prerelease(v) == "" {
				releases = append(releases, v)
			}
		}
		if len(releases) > 0 {
			semver.Sort(releases)
			found[l.Path] = releases[len(releases)-1]
		}
	}
	return found
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

// vet type-checks and vets every generated package with its tests and
// returns the failures by package, with the go command's output.
func (m *module) vet() map[string]string {
	m.t.Helper()
	out, err := m.goCmd("vet", "./...")
	failures := map[string]string{}
	if err == nil {
		return failures
	}
	// The go command heads each failing package's messages with
	// "# <import path>" (its test variant "# <path> [<path>.test]").
	pkg := ""
	for _, line := range strings.SplitAfter(string(out), "\n") {
		if name, ok := strings.CutPrefix(line, "# "); ok {
			pkg, _, _ = strings.Cut(strings.TrimSpace(name), " ")
			pkg = strings.TrimSuffix(strings.TrimPrefix(pkg, "example.com/scale/out/"), "_test")
			continue
		}
		if pkg != "" {
			failures[pkg] += line
		}
	}
	if len(failures) == 0 {
		failures["(go vet)"] = string(out)
	}
	return failures
}

// report is the outcome as Markdown.
type report struct {
	mode     string
	services []string
	missing  map[string]bool // SDK packages the proxy lacks
	failures map[string]string
	pinned   map[string]bool // SDK package → names read from the pinned SDK
	built    time.Duration
}

func (r report) markdown() string {
	var b strings.Builder
	var compiled, passed, predicted int
	var failed []string
	for _, n := range r.services {
		pkg := golang.PackageName(n)
		if r.missing[pkg] {
			continue
		}
		compiled++
		if !r.pinned[pkg] {
			predicted++
		}
		if r.failures[pkg+"test"] != "" {
			failed = append(failed, pkg)
			continue
		}
		passed++
	}
	fmt.Fprintf(&b, "### Compile proof (%s): %d/%d services compile and vet clean (%.1f %%)\n\n", r.mode, passed, compiled, 100*float64(passed)/float64(max(compiled, 1)))
	fmt.Fprintf(&b, "- %d services chosen, %d named by prediction only, %d checked against awsparity's pinned SDK\n", len(r.services), predicted, compiled-predicted)
	fmt.Fprintf(&b, "- go vet ./... (build of the SDK packages included) took %s\n", r.built)
	if len(r.missing) > 0 {
		fmt.Fprintf(&b, "- not in the module proxy, not compiled (%d): %s\n", len(r.missing), strings.Join(slices.Sorted(maps.Keys(r.missing)), ", "))
	}
	if len(failed) > 0 {
		fmt.Fprintf(&b, "- **failed** (%d): %s\n", len(failed), strings.Join(failed, ", "))
	}
	return b.String()
}
