// Package engine runs a generation: load models, resolve Go names against
// the pinned SDK, run every emitter per service, then write the tree all or
// nothing (or, in check mode, compare it with what is on disk).
package engine

import (
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"sort"
	"sync"

	"github.com/awsparity/awsparity/generator/fileset"
	"github.com/awsparity/awsparity/generator/golang"
	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/generator/load"
	"github.com/awsparity/awsparity/generator/load/botocore"
	"github.com/awsparity/awsparity/generator/load/smithy"
	"github.com/awsparity/awsparity/generator/modelset"
	"github.com/awsparity/awsparity/models"
)

// DriftFile is the machine-readable report of what the models have and the
// pinned SDK lacks, written into the output directory.
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
	// Log receives the drift summary and progress; nil discards.
	Log io.Writer
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
	Drift   *golang.Report
}

// Load returns the services selected by opts, with Go names resolved.
func Load(opts Options) ([]*ir.Service, *golang.Report, error) {
	svcs, defaults, err := loadModels(opts.Models)
	if err != nil {
		return nil, nil, err
	}
	names := opts.Services
	if len(names) == 0 && defaults != nil {
		names = defaults
	}
	if len(names) > 0 {
		if svcs, err = load.Filter(svcs, names); err != nil {
			return nil, nil, err
		}
	}
	moduleDir := opts.ModuleDir
	if moduleDir == "" {
		if moduleDir, err = enclosingModule(opts.Out); err != nil {
			return nil, nil, err
		}
	}
	report, err := golang.Resolve(svcs, golang.Options{ModuleDir: moduleDir})
	if err != nil {
		return nil, nil, err
	}
	return svcs, report, nil
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
	svcs, report, err := Load(opts)
	if err != nil {
		return nil, err
	}
	if s := report.Summary(); s != "" {
		fmt.Fprint(log, s)
	}
	set, err := Emit(svcs)
	if err != nil {
		return nil, err
	}
	driftJSON, err := json.MarshalIndent(report, "", "  ")
	if err != nil {
		return nil, err
	}
	if err := set.Add(fileset.File{Path: DriftFile, Content: append(driftJSON, '\n')}); err != nil {
		return nil, err
	}
	res := &Result{Services: len(svcs), Files: set.Len(), Drift: report}
	if res.Orphans, err = set.Orphans(opts.Out); err != nil {
		return nil, err
	}
	if opts.Check {
		res.Changes, err = set.Diff(opts.Out)
		return res, err
	}
	res.Written, err = set.Write(opts.Out)
	return res, err
}

// Emit runs every emitter over svcs concurrently and collects the files; the
// first error wins and nothing is returned with it.
func Emit(svcs []*ir.Service) (*fileset.Set, error) {
	type result struct {
		files []fileset.File
		err   error
	}
	results := make([]result, len(svcs))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				for _, e := range Emitters {
					files, err := e(svcs[i])
					if err != nil {
						results[i].err = fmt.Errorf("%s (%s): %w", svcs[i].SDKID, svcs[i].Source, err)
						break
					}
					results[i].files = append(results[i].files, files...)
				}
			}
		}()
	}
	for i := range svcs {
		next <- i
	}
	close(next)
	wg.Wait()
	set := fileset.New()
	for _, r := range results {
		if r.err != nil {
			return nil, r.err
		}
		for _, f := range r.files {
			if err := set.Add(f); err != nil {
				return nil, err
			}
		}
	}
	return set, nil
}

// loadModels loads explicit paths, or the embedded default set together with
// its manifest's service list.
func loadModels(paths []string) ([]*ir.Service, []string, error) {
	if len(paths) > 0 {
		svcs, err := load.Paths(paths)
		return svcs, nil, err
	}
	svcs, err := LoadFS(models.FS, "models")
	if err != nil {
		return nil, nil, err
	}
	names := make([]string, len(svcs))
	for i, s := range svcs {
		names[i] = s.SDKID
	}
	return svcs, names, nil
}

// LoadFS loads a model set with a manifest from fsys, verifying checksums
// first. The manifest lists botocore files (<svc>/<version>/service-2.json
// with waiters-2.json and paginators-1.json beside it, from a botocore sync)
// or Smithy JSON AST files (<stem>/<version>/<stem>.json, from an upstream
// sync). name prefixes file names in errors.
func LoadFS(fsys fs.FS, name string) ([]*ir.Service, error) {
	m, err := modelset.ReadManifest(fsys)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if err := m.Verify(fsys); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	byDir := map[string]map[string][]byte{}
	for _, f := range m.Files {
		data, err := fs.ReadFile(fsys, f.Path)
		if err != nil {
			return nil, err
		}
		dir, base := path.Split(f.Path)
		if byDir[dir] == nil {
			byDir[dir] = map[string][]byte{}
		}
		byDir[dir][base] = data
	}
	dirs := make([]string, 0, len(byDir))
	for d := range byDir {
		dirs = append(dirs, d)
	}
	sort.Strings(dirs)
	var svcs []*ir.Service
	for _, d := range dirs {
		files := byDir[d]
		if service, ok := files["service-2.json"]; ok {
			svc, err := botocore.Load(name+"/"+d+"service-2.json", service, files["waiters-2.json"], files["paginators-1.json"])
			if err != nil {
				return nil, err
			}
			svcs = append(svcs, svc)
			continue
		}
		bases := make([]string, 0, len(files))
		for b := range files {
			bases = append(bases, b)
		}
		sort.Strings(bases)
		for _, b := range bases {
			loaded, err := smithy.Load(name+"/"+d+b, files[b])
			if err != nil {
				return nil, err
			}
			svcs = append(svcs, loaded...)
		}
	}
	sort.Slice(svcs, func(i, j int) bool { return svcs[i].SDKID < svcs[j].SDKID })
	return svcs, nil
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
