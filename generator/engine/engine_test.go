package engine

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/awsparity/awsparity/generator/emit"
	"github.com/awsparity/awsparity/generator/fileset"
	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/models"
)

// userModule returns an output directory inside a fresh module that pins
// no SDK module, so names come from prediction and no download happens.
func userModule(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/user\n\ngo 1.24\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return filepath.Join(dir, "awstest")
}

func run(t *testing.T, opts Options) *Result {
	t.Helper()
	res, err := Run(opts)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func phaseNames(res *Result) string {
	var names []string
	for _, p := range res.Phases {
		names = append(names, p.Name)
	}
	return strings.Join(names, ",")
}

func TestNoopCache(t *testing.T) {
	out := userModule(t)
	opts := Options{Services: []string{"sqs"}, Out: out, CacheDir: t.TempDir()}

	first := run(t, opts)
	if first.Cached || phaseNames(first) != "cache,load,sdk types,detect,emit,format,drift,write" {
		t.Fatalf("first run: cached %v, phases %s", first.Cached, phaseNames(first))
	}
	if !strings.Contains(first.Phases[0].Detail, "no previous run") {
		t.Errorf("first cache phase: %q, want it to say there was no previous run", first.Phases[0].Detail)
	}

	again := run(t, opts)
	if !again.Cached || phaseNames(again) != "cache" {
		t.Fatalf("unchanged rerun: cached %v, phases %s; want a cache hit only", again.Cached, phaseNames(again))
	}
	if again.Services != first.Services || again.Files != first.Files {
		t.Errorf("cache hit reports %d services, %d files; the run it stands for had %d, %d", again.Services, again.Files, first.Services, first.Files)
	}

	// A skeleton is the user's to edit: still a no-op.
	skeleton := userOwned(t, out)
	if err := os.WriteFile(skeleton, []byte("package sqstest_test\n// mine\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if res := run(t, opts); !res.Cached {
		t.Errorf("editing the user-owned %s defeated the cache: %s", skeleton, res.Phases[0].Detail)
	}

	// A hand edit of a generated file: -check must see it, a write repairs it.
	stubs := filepath.Join(out, "sqstest", "zz_generated.stubs.go")
	orig, err := os.ReadFile(stubs)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(stubs, append(orig, "// hand edit\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	check := opts
	check.Check = true
	res := run(t, check)
	if res.Cached || len(res.Changes) != 1 || res.Changes[0].Path != "sqstest/zz_generated.stubs.go" || res.Changes[0].Kind != "different" {
		t.Fatalf("check after a hand edit: cached %v, changes %+v; want the stubs file different", res.Cached, res.Changes)
	}
	if !strings.Contains(res.Phases[0].Detail, "sqstest/zz_generated.stubs.go was edited") {
		t.Errorf("cache phase %q does not name the edited file", res.Phases[0].Detail)
	}
	if res := run(t, opts); res.Cached || res.Written != 1 {
		t.Errorf("write after a hand edit: cached %v, %d written; want the one file rewritten", res.Cached, res.Written)
	}
	if got, _ := os.ReadFile(stubs); !bytes.Equal(got, orig) {
		t.Error("the hand edit survived regeneration")
	}
	if res := run(t, check); !res.Cached || len(res.Changes) != 0 {
		t.Errorf("check after the repair: cached %v, changes %v; want a clean hit", res.Cached, res.Changes)
	}

	// A deleted generated file and other options miss; -no-cache always does.
	if err := os.Remove(stubs); err != nil {
		t.Fatal(err)
	}
	if res := run(t, opts); res.Cached || res.Written != 1 {
		t.Errorf("after deleting a generated file: cached %v, %d written", res.Cached, res.Written)
	}
	other := opts
	other.Services = []string{"sqs", "sns"}
	if res := run(t, other); res.Cached || res.Services != 2 {
		t.Errorf("new service selection: cached %v, %d services", res.Cached, res.Services)
	}
	noCache := other
	noCache.NoCache = true
	if res := run(t, noCache); res.Cached || res.Phases[0].Name != "load" {
		t.Errorf("NoCache: cached %v, phases %s", res.Cached, phaseNames(res))
	}
}

// userOwned returns the path of one skeleton the run wrote.
func userOwned(t *testing.T, out string) string {
	t.Helper()
	matches, err := filepath.Glob(filepath.Join(out, "sqstest", "*_test.go"))
	if err != nil || len(matches) == 0 {
		t.Fatalf("no skeletons in %s/sqstest: %v", out, err)
	}
	return matches[0]
}

func TestNoopCacheOffForLocalReplace(t *testing.T) {
	out := userModule(t)
	gomod := filepath.Join(filepath.Dir(out), "go.mod")
	data := "module example.com/user\n\ngo 1.24\n\nreplace github.com/aws/aws-sdk-go-v2/service/sqs => ../sqs\n"
	if err := os.WriteFile(gomod, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	n, why, err := openNoop(Options{Out: out, ModuleDir: filepath.Dir(out), CacheDir: t.TempDir()})
	if err != nil || n != nil || !strings.Contains(why, "replaces github.com/aws/aws-sdk-go-v2/service/sqs by the directory ../sqs") {
		t.Errorf("openNoop with a directory replacement = %v, %q, %v; want the cache off, saying why", n, why, err)
	}
}

func TestWriteTimings(t *testing.T) {
	res := &Result{
		Phases: []Phase{
			{Name: "load", Duration: 2 * time.Second, Detail: "402 services"},
			{Name: "emit", Duration: time.Second},
			{Name: "format", Duration: 500 * time.Millisecond, Overlapped: true},
		},
		PeakRSS: 300 << 20,
	}
	var b strings.Builder
	if err := res.WriteTimings(&b); err != nil {
		t.Fatal(err)
	}
	want := "load         2.000s  402 services\n" +
		"emit         1.000s  \n" +
		"format       0.500s  \n" +
		"total        3.000s\n" +
		"peak RSS     300 MiB\n"
	if b.String() != want {
		t.Errorf("timings:\n%s\nwant (format overlapped, so not in the total):\n%s", b.String(), want)
	}
}

func TestPeakRSS(t *testing.T) {
	if runtime.GOOS != "linux" && runtime.GOOS != "darwin" {
		t.Skipf("getrusage units unchecked on %s", runtime.GOOS)
	}
	if rss := peakRSS(); rss < 1<<20 || rss > 1<<40 {
		t.Errorf("peak RSS = %d bytes: not a plausible size of this test process", rss)
	}
}

func TestProgressLine(t *testing.T) {
	var nilProgress *progress
	nilProgress.Phase("emit", 3) // no terminal: every method is a no-op
	nilProgress.Step()
	nilProgress.stop()
	running := startProgress(io.Discard)
	running.stop()
	running.stop() // Run stops it early and again when it returns

	p := &progress{start: time.Unix(100, 0)}
	p.Phase("emit", 402)
	p.Step()
	p.Step()
	if got, want := p.line(time.Unix(102, 500e6)), "awsparity: emit 2/402 services, 2.5s"; got != want {
		t.Errorf("line = %q, want %q", got, want)
	}
	p.Phase("load", 0)
	if got, want := p.line(time.Unix(103, 0)), "awsparity: load, 3.0s"; got != want {
		t.Errorf("line = %q, want %q", got, want)
	}
}

func TestEmitterPanicNamesService(t *testing.T) {
	panics := []emit.Emitter{func(in *emit.Input) ([]fileset.File, error) {
		if in.Service.SDKID == "B" {
			panic("an emitter bug")
		}
		return nil, nil
	}}
	inputs := []*emit.Input{{Service: &ir.Service{SDKID: "A", Source: "a.json"}}, {Service: &ir.Service{SDKID: "B", Source: "b.json"}}}
	_, _, err := emitSet(inputs, panics, nil)
	if err == nil || !strings.HasPrefix(err.Error(), "B (b.json): generator bug") {
		t.Fatalf("emitSet = %v, want an error naming service B and its file", err)
	}
	fails := []emit.Emitter{func(in *emit.Input) ([]fileset.File, error) {
		return nil, errors.New("bad " + in.Service.SDKID)
	}}
	if _, _, err := emitSet(inputs, fails, nil); err == nil || err.Error() != "A (a.json): bad A" {
		t.Errorf("emitSet = %v, want the first service's error", err)
	}
}

// TestEmitFormatsOnlyUnformatted checks that the workers gofmt the Go files
// an emitter hands over unformatted, and only those, and count them for the
// format phase.
func TestEmitFormatsOnlyUnformatted(t *testing.T) {
	emitters := []emit.Emitter{func(*emit.Input) ([]fileset.File, error) {
		return []fileset.File{
			{Path: "a/raw.go", Content: []byte("package a\nvar  X=1\n")},
			{Path: "a/done.go", Content: []byte("package a\nvar  Y=1\n"), Formatted: true},
			{Path: "a/notes.txt", Content: []byte("var  Z=1\n")},
		}, nil
	}}
	set, st, err := emitSet([]*emit.Input{{Service: &ir.Service{SDKID: "A"}}}, emitters, nil)
	if err != nil {
		t.Fatal(err)
	}
	if st.formatted != 1 || st.files != 3 {
		t.Errorf("stats: %d formatted of %d files, want 1 of 3", st.formatted, st.files)
	}
	want := map[string]string{
		"a/raw.go":    "package a\n\nvar X = 1\n",
		"a/done.go":   "package a\nvar  Y=1\n", // trusted as formatted: not redone
		"a/notes.txt": "var  Z=1\n",
	}
	for _, f := range set.Files() {
		if string(f.Content) != want[f.Path] {
			t.Errorf("%s = %q, want %q", f.Path, f.Content, want[f.Path])
		}
	}
}

// TestNoopCacheKey changes each input the key hashes besides the options
// (which TestNoopCache covers): the model's bytes and the go.mod pinning
// the SDK. Either must regenerate; restoring it must hit again.
func TestNoopCacheKey(t *testing.T) {
	out := userModule(t)
	model := filepath.Join(t.TempDir(), "service-2.json")
	orig, err := fs.ReadFile(models.FS, "sqs/2012-11-05/service-2.json")
	if err != nil {
		t.Fatal(err)
	}
	gomod := filepath.Join(filepath.Dir(out), "go.mod")
	origMod, err := os.ReadFile(gomod)
	if err != nil {
		t.Fatal(err)
	}
	opts := Options{Models: []string{model}, Out: out, CacheDir: t.TempDir()}
	for _, step := range []struct {
		what, file string
		content    []byte
		cached     bool
	}{
		{"first run", model, orig, false},
		{"unchanged", model, orig, true},
		{"model edited", model, bytes.Replace(orig, []byte(`"documentation"`), []byte(`"documentation" `), 1), false},
		{"model restored", model, orig, false},
		{"again", model, orig, true},
		{"go.mod edited", gomod, append(slices.Clip(origMod), "\nrequire github.com/aws/smithy-go v1.28.8\n"...), false},
		{"go.mod restored", gomod, origMod, false},
		{"again", gomod, origMod, true},
	} {
		if err := os.WriteFile(step.file, step.content, 0o644); err != nil {
			t.Fatal(err)
		}
		res := run(t, opts)
		if res.Cached != step.cached {
			t.Errorf("%s: cached %v, want %v (%s)", step.what, res.Cached, step.cached, res.Phases[0].Detail)
		}
		if !step.cached && step.what != "first run" && !strings.Contains(res.Phases[0].Detail, "models, go.mod, generator or options changed") {
			t.Errorf("%s: cache phase %q does not say the inputs changed", step.what, res.Phases[0].Detail)
		}
	}
}
