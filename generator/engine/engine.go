// Package engine runs a generation: load models, resolve Go names against
// the pinned SDK, run every emitter per service, then write the tree all or
// nothing (or, in check mode, compare it with what is on disk).
package engine

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sync/atomic"
	"time"

	"golang.org/x/mod/modfile"

	"github.com/awsparity/awsparity/generator/emit"
	"github.com/awsparity/awsparity/generator/emit/skeletons"
	"github.com/awsparity/awsparity/generator/fileset"
	"github.com/awsparity/awsparity/generator/golang"
	"github.com/awsparity/awsparity/generator/internal/parallel"
	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/generator/load"
	"github.com/awsparity/awsparity/generator/resources"
	"github.com/awsparity/awsparity/models"
)

// DriftFile is the machine-readable report of what a service's model has
// and the pinned SDK lacks, written into its helper package's directory
// (where it belongs to the run that generated that service, see fileset).
const DriftFile = "zz_generated.drift.json"

// Options configure a run.
type Options struct {
	// Models are model files or directories; none means the embedded defaults.
	Models []string
	// Services selects services by sdkId or package name; none means every
	// service of the default manifest (or every loaded one with explicit
	// Models); "all" means every loaded service.
	Services []string
	// Out is the output directory.
	Out string
	// ModuleDir is the directory whose go.mod pins the SDK versions to
	// generate for; "" means the module enclosing Out.
	ModuleDir string
	// Check compares instead of writing.
	Check bool
	// Log receives the drift summary; nil discards.
	Log io.Writer
	// Progress, when set, receives a status line redrawn in place once a
	// run has taken a second; pass a terminal only.
	Progress io.Writer
	// CacheDir holds parsed SDK sources and no-op stamps; "" means
	// os.UserCacheDir()/awsparity.
	CacheDir string
	// NoCache regenerates even when nothing the output depends on changed.
	NoCache bool
	// Templates is a directory of skeleton templates overriding the
	// embedded ones; "" means the embedded ones.
	Templates string
	// Fixtures is a fixtures file (models/fixtures.json's format) used
	// instead of the embedded one; "" means the embedded one.
	Fixtures string
	// NoSkeletons leaves the user-owned skeletons out.
	NoSkeletons bool
	// Emitters replace DefaultEmitters (and with them Templates and
	// NoSkeletons); they run in order for every service.
	Emitters []emit.Emitter
}

// Result tells what a run did.
type Result struct {
	Services int
	Files    int
	Written  int
	// Changes lists differences in check mode.
	Changes []fileset.Change
	// Orphans are user-owned skeletons whose operation no longer exists.
	Orphans []string
	// Debris is what an interrupted earlier write left, which this run
	// completed or removed before writing (in check mode it is reported
	// in Changes instead).
	Debris fileset.Debris
	// Drift is nil when Cached.
	Drift *golang.Report
	// Cached reports a no-op run: the inputs and the output were as a
	// previous run left them, so nothing was loaded or emitted.
	Cached bool
	// Phases are the timed steps, in order.
	Phases []Phase
	// PeakRSS is the process's peak resident memory in bytes (0: unknown).
	PeakRSS int64
}

// Load returns the services selected by opts, with Go names resolved.
func Load(opts Options) ([]*ir.Service, *golang.Report, error) {
	svcs, err := loadSelected(opts)
	if err != nil {
		return nil, nil, err
	}
	if opts.ModuleDir == "" {
		if opts.ModuleDir, err = enclosingModule(opts.Out); err != nil {
			return nil, nil, err
		}
	}
	report, err := golang.Resolve(svcs, golang.Options{ModuleDir: opts.ModuleDir, CacheDir: opts.CacheDir})
	if err != nil {
		return nil, nil, err
	}
	return svcs, report, nil
}

// LoadInputs loads the services opts selects, with Go names resolved, and
// finds their resources with opts.Fixtures (or the embedded fixtures file):
// what the emitters get, for commands that tabulate instead of emitting.
func LoadInputs(opts Options) ([]*emit.Input, error) {
	svcs, _, err := Load(opts)
	if err != nil {
		return nil, err
	}
	ov, err := resources.Load(opts.Fixtures)
	if err != nil {
		return nil, err
	}
	return Inputs(svcs, ov, "")
}

// loadSelected loads the services opts selects: from opts.Models, or from
// the embedded default models.
func loadSelected(opts Options) ([]*ir.Service, error) {
	if len(opts.Models) > 0 {
		return load.Paths(opts.Models, opts.Services...)
	}
	return load.FS(models.FS, "models", opts.Services...)
}

// Run generates (or checks) the output tree.
func Run(opts Options) (*Result, error) {
	if opts.Out == "" {
		return nil, fmt.Errorf("no output directory")
	}
	log := opts.Log
	if log == nil {
		log = io.Discard
	}
	var err error
	if opts.ModuleDir == "" {
		if opts.ModuleDir, err = enclosingModule(opts.Out); err != nil {
			return nil, err
		}
	}
	prog := startProgress(opts.Progress)
	defer prog.stop()
	res := &Result{}
	t := &timer{res: res, prog: prog}

	var cache *noop
	if !opts.NoCache {
		t.begin("cache", 0)
		var off string
		if cache, off, err = openNoop(opts); err != nil {
			// The load below reports unreadable inputs with their place.
			off = err.Error()
		}
		s, why := cache.lookup(opts.Out)
		if s != nil {
			t.end("cache", fmt.Sprintf("hit: models, go.mod and generator unchanged, %d output files as left", len(s.Files)))
			fmt.Fprint(log, s.Summary)
			res.Services, res.Files, res.Cached = s.Services, s.Count, true
			res.PeakRSS = peakRSS()
			return res, nil
		}
		if off != "" {
			why = "off: " + off
		}
		t.end("cache", "miss: "+why)
	}

	t.begin("load", 0)
	importPath, err := outputImportPath(opts.Out)
	if err != nil {
		return nil, err
	}
	emitters := opts.Emitters
	if emitters == nil {
		var tmpl *skeletons.Templates
		if opts.Templates != "" {
			if tmpl, err = skeletons.Load(opts.Templates); err != nil {
				return nil, err
			}
		}
		emitters = DefaultEmitters(tmpl, opts.NoSkeletons)
	}
	ov, err := resources.Load(opts.Fixtures)
	if err != nil {
		return nil, err
	}
	svcs, err := loadSelected(opts)
	if err != nil {
		return nil, err
	}
	t.end("load", loadDetail(svcs))

	t.begin("sdk types", 0)
	resolveOpts := golang.Options{ModuleDir: opts.ModuleDir, CacheDir: opts.CacheDir}
	if prog != nil { // a nil *progress in the interface would not be nil
		resolveOpts.Progress = prog
	}
	report, err := golang.Resolve(svcs, resolveOpts)
	if err != nil {
		return nil, err
	}
	summary := report.Summary()
	t.end("sdk types", resolveDetail(report))

	t.begin("detect", 0)
	inputs, err := Inputs(svcs, ov, importPath)
	if err != nil {
		return nil, err
	}
	for _, in := range inputs {
		in.Exists = func(p string) bool { return fileset.Exists(opts.Out, p) }
	}
	t.end("detect", detectDetail(Stats(inputs)))

	t.begin("emit", len(svcs))
	set, st, err := emitSet(inputs, emitters, prog)
	if err != nil {
		return nil, err
	}
	t.end("emit", fmt.Sprintf("%d files, %.1f MB (%d user-owned ones already there not rendered); %.1fs in emitters over %d workers, gofmt included",
		st.files, float64(st.bytes)/1e6, st.kept, st.emit.Seconds(), runtime.GOMAXPROCS(0)))
	// Emitters that gofmt their own output (jennifer does) count it under
	// emit; this phase is what the engine had to format after them.
	res.Phases = append(res.Phases, Phase{Name: "format", Duration: st.format, Overlapped: true,
		Detail: fmt.Sprintf("gofmt of %d Go files their emitters left unformatted, in the emit workers, summed", st.formatted)})

	t.begin("drift", 0)
	if err := addDrift(set, report, svcs); err != nil {
		return nil, err
	}
	t.end("drift", fmt.Sprintf("%s per service", DriftFile))

	res.Services, res.Files, res.Drift = len(svcs), set.Len(), report
	if res.Orphans, err = set.Orphans(opts.Out); err != nil {
		return nil, err
	}
	if opts.Check {
		t.begin("check", 0)
		if res.Changes, err = set.Diff(opts.Out); err != nil {
			return nil, err
		}
		t.end("check", fmt.Sprintf("%d files compared, %d differ", set.Len()+1, len(res.Changes)))
	} else {
		t.begin("write", 0)
		if res.Written, res.Debris, err = set.Write(opts.Out); err != nil {
			return nil, err
		}
		t.end("write", fmt.Sprintf("%d files written, %d unchanged", res.Written, set.Len()+1-res.Written))
	}
	// Logged at the end, after the progress line is gone, not through it.
	prog.stop()
	for _, line := range res.Debris.Lines() {
		fmt.Fprintf(log, "awsparity: cleaned up after an interrupted run: %s\n", line)
	}
	fmt.Fprint(log, summary)
	if len(res.Changes) == 0 {
		if err := cache.save(opts.Out, set, len(svcs), summary); err != nil {
			fmt.Fprintf(log, "awsparity: no-op cache not saved: %v\n", err)
		}
	}
	res.PeakRSS = peakRSS()
	return res, nil
}

// addDrift adds each service's part of report to set, in its helper
// package's directory.
func addDrift(set *fileset.Set, report *golang.Report, svcs []*ir.Service) error {
	for i, sr := range report.Services {
		data, err := json.MarshalIndent(golang.Report{Services: []*golang.ServiceReport{sr}}, "", "  ")
		if err != nil {
			return err
		}
		f := fileset.File{Path: path.Join(svcs[i].Go.TestPackage, DriftFile), Content: append(data, '\n')}
		if err := set.Add(f); err != nil {
			return err
		}
	}
	return nil
}

// Emit runs emitters over inputs concurrently, as Run does, and collects
// the files; the first error wins and nothing is returned with it.
func Emit(inputs []*emit.Input, emitters []emit.Emitter) (*fileset.Set, error) {
	set, _, err := emitSet(inputs, emitters, nil)
	return set, err
}

// emitStats tells where the emit stage spent its time.
type emitStats struct {
	files, bytes int
	// kept counts the user-owned files emitted without content: the
	// output has them already.
	kept int
	// formatted counts the files the workers gofmt'd.
	formatted int
	// emit is the time spent in emitters, summed over the workers.
	emit time.Duration
	// format is the time spent gofmt-ing, summed over the workers.
	format time.Duration
}

// emitSet runs the emitters over every input on GOMAXPROCS workers, which
// also gofmt what they emitted, while this goroutine adds their files to the
// set in service order. The first service's error (in order) wins; the
// workers then stop taking work, and all of them are done before emitSet
// returns.
func emitSet(inputs []*emit.Input, emitters []emit.Emitter, prog *progress) (*fileset.Set, emitStats, error) {
	results := make([]emitResult, len(inputs))
	done := make([]chan struct{}, len(inputs))
	for i := range done {
		done[i] = make(chan struct{})
	}
	var stop atomic.Bool
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		parallel.Each(len(inputs), func(i int) {
			defer close(done[i])
			if !stop.Load() {
				defer prog.Step()
				results[i] = emitOne(inputs[i], emitters)
			}
		})
	}()
	set := fileset.New()
	var st emitStats
	fail := func(err error) (*fileset.Set, emitStats, error) {
		stop.Store(true)
		<-finished
		return nil, st, err
	}
	for i := range inputs {
		<-done[i]
		r := &results[i]
		if r.err != nil {
			return fail(r.err)
		}
		st.emit += r.took
		st.format += r.formatTook
		st.formatted += r.formatted
		for _, f := range r.files {
			st.files++
			st.bytes += len(f.Content)
			if f.UserOwned && f.Content == nil {
				st.kept++
			}
			if err := set.Add(f); err != nil {
				return fail(err)
			}
		}
		r.files = nil // the set holds the formatted copy
	}
	<-finished
	return set, st, nil
}

// emitResult is what the emitters made of one service.
type emitResult struct {
	files      []fileset.File
	err        error
	took       time.Duration
	formatTook time.Duration
	formatted  int
}

// emitOne runs every emitter over in and gofmt-s what they left unformatted.
func emitOne(in *emit.Input, emitters []emit.Emitter) (r emitResult) {
	svc := in.Service
	start := time.Now()
	defer func() { r.took = time.Since(start) }()
	// One service's model tripping an emitter bug must not take the whole
	// run down without saying which service it was.
	defer func() {
		if p := recover(); p != nil {
			r = emitResult{err: fmt.Errorf("%s (%s): generator bug, please report it: %v\n%s", svc.SDKID, svc.Source, p, debug.Stack())}
		}
	}()
	for _, e := range emitters {
		files, err := e(in)
		if err != nil {
			return emitResult{err: fmt.Errorf("%s (%s): %w", svc.SDKID, svc.Source, err)}
		}
		formatStart := time.Now()
		for _, f := range files {
			was := f.Formatted
			if f, err = fileset.Format(f); err != nil {
				return emitResult{err: fmt.Errorf("%s (%s): %w", svc.SDKID, svc.Source, err)}
			}
			if f.Formatted && !was {
				r.formatted++
			}
			r.files = append(r.files, f)
		}
		r.formatTook += time.Since(formatStart)
	}
	return r
}

// outputImportPath returns the import path of the directory out, from the
// go.mod of the module enclosing it, or "" outside a module.
func outputImportPath(out string) (string, error) {
	mod, err := enclosingModule(out)
	if err != nil {
		// Skeletons import the generated packages, which is only possible
		// inside a module: without one they are left out, the rest is not.
		return "", nil
	}
	gomod := filepath.Join(mod, "go.mod")
	data, err := os.ReadFile(gomod)
	if err != nil {
		return "", err
	}
	modPath := modfile.ModulePath(data)
	if modPath == "" {
		return "", fmt.Errorf("%s: no module line", gomod)
	}
	abs, err := filepath.Abs(out)
	if err != nil {
		return "", err
	}
	rel, err := filepath.Rel(mod, abs)
	if err != nil {
		return "", err
	}
	return path.Join(modPath, filepath.ToSlash(rel)), nil
}

// enclosingModule returns the nearest directory at or above dir with a go.mod.
func enclosingModule(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for d := abs; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d, nil
		}
		if parent := filepath.Dir(d); parent == d {
			return "", fmt.Errorf("no go.mod at or above %s: the output must be inside a Go module whose go.mod pins the aws-sdk-go-v2 service modules", abs)
		}
	}
}
