package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"

	"github.com/awsparity/awsparity/generator/drift"
	"github.com/awsparity/awsparity/generator/engine"
	"github.com/awsparity/awsparity/generator/fileset"
	"github.com/awsparity/awsparity/generator/golang"
	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/generator/load"
	"github.com/awsparity/awsparity/generator/modelset"
	"github.com/awsparity/awsparity/models"
)

// embeddedModels names the embedded default model set on the drift command line.
const embeddedModels = "embedded"

func init() {
	commands["drift"] = command{
		summary: "compare two model sets (files or directories, either format, or 'embedded') and report API changes as markdown or JSON",
		run:     driftCmd,
	}
}

// driftFlags are the options of a drift report; drift-pr shares them.
type driftFlags struct {
	services *listFlag
	// moduleDir's go.mod types the NEW models, oldModuleDir's (when not
	// "") the OLD ones.
	moduleDir, oldModuleDir *string
	limit                   *int
}

func addDriftFlags(fs *flag.FlagSet) driftFlags {
	services := new(listFlag)
	fs.Var(services, "services", "services to compare, by sdkId or package name (default: the services of the manifests of OLD and NEW, else of the embedded default set)")
	return driftFlags{
		services:  services,
		moduleDir: fs.String("module", ".", `directory of the go.mod whose pinned SDK names Go types and generated files; "" for prediction from the models alone`),
		oldModuleDir: fs.String("old-module", "", "directory of the go.mod pinning the SDK the OLD models were generated for (default: -module). "+
			"With one SDK for both sides, a field it has gets the same Go type on both, so a model type change shows but is not flagged as breaking"),
		limit: fs.Int("limit", 0, "cap the markdown at this many bytes (GitHub PR bodies hold 65536); 0 for no cap"),
	}
}

func driftCmd(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("drift", flag.ContinueOnError)
	fs.SetOutput(stderr)
	df := addDriftFlags(fs)
	asJSON := fs.Bool("json", false, "write the report as JSON instead of markdown")
	out := fs.String("o", "", "write the report to this file instead of stdout")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: gen drift [flags] OLD NEW\n\nOLD and NEW are model files or directories (Smithy JSON AST or botocore JSON) or %q.\n\nflags:\n", embeddedModels)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 2 {
		fs.Usage()
		return fmt.Errorf("drift needs OLD and NEW, got %d arguments", fs.NArg())
	}
	report, err := driftReport(fs.Arg(0), fs.Arg(0), fs.Arg(1), fs.Arg(1), df)
	if err != nil {
		return err
	}
	var data []byte
	if *asJSON {
		if data, err = jsonIndent(report); err != nil {
			return err
		}
	} else {
		data = report.Markdown(*df.limit)
	}
	if *out == "" {
		_, err = stdout.Write(data)
		return err
	}
	return os.WriteFile(*out, data, 0o644)
}

// driftReport loads, selects and resolves both model sets and compares them,
// with the files the generator would produce for each side. Each side is
// typed by the SDK it goes with (df.oldModuleDir, else df.moduleDir, for the
// old one), so a Go type changed by the release shows as the breaking change
// it is. The labels name the sides in the report.
func driftReport(oldLabel, oldArg, newLabel, newArg string, df driftFlags) (*drift.Report, error) {
	oldSvcs, err := loadSide(oldArg)
	if err != nil {
		return nil, err
	}
	newSvcs, err := loadSide(newArg)
	if err != nil {
		return nil, err
	}
	names, strict := []string(*df.services), true
	if len(names) == 0 {
		if names, err = defaultDriftServices(oldArg, newArg); err != nil {
			return nil, err
		}
		strict = false
	}
	if oldSvcs, newSvcs, err = selectBoth(oldSvcs, newSvcs, names, strict); err != nil {
		return nil, err
	}
	oldModule := *df.moduleDir
	if df.oldModuleDir != nil && *df.oldModuleDir != "" {
		oldModule = *df.oldModuleDir
	}
	if _, err := golang.Resolve(oldSvcs, golang.Options{ModuleDir: oldModule}); err != nil {
		return nil, err
	}
	if _, err := golang.Resolve(newSvcs, golang.Options{ModuleDir: *df.moduleDir}); err != nil {
		return nil, err
	}
	return drift.Compare(oldLabel, oldSvcs, newLabel, newSvcs, drift.Options{Files: generatedFiles})
}

func jsonIndent(v any) ([]byte, error) {
	data, err := json.MarshalIndent(v, "", "  ")
	return append(data, '\n'), err
}

func loadSide(arg string) ([]*ir.Service, error) {
	if arg == embeddedModels {
		return load.FS(models.FS, "models")
	}
	return load.Paths([]string{arg})
}

// generatedFiles is what `gen` writes for one service. Drift compares only
// paths and generator-owned contents, so the skeletons' import of the helper
// package may name any directory.
func generatedFiles(svc *ir.Service) ([]fileset.File, error) {
	set, err := engine.Emit([]*ir.Service{svc}, engine.Output{ImportPath: "example.com/awstest"})
	if err != nil {
		return nil, err
	}
	return set.Files(), nil
}

// defaultDriftServices are the services of the manifests of the model
// directories compared (so a models/ snapshot compares with its sync), else
// of the embedded default set.
func defaultDriftServices(args ...string) ([]string, error) {
	seen := map[string]bool{}
	for _, arg := range args {
		var fsys fs.FS = models.FS
		if arg != embeddedModels {
			if _, err := os.Stat(filepath.Join(arg, modelset.ManifestName)); err != nil {
				continue
			}
			fsys = os.DirFS(arg)
		}
		ids, err := manifestSDKIDs(fsys)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", arg, err)
		}
		for _, id := range ids {
			seen[id] = true
		}
	}
	if len(seen) == 0 {
		return manifestSDKIDs(models.FS)
	}
	ids := make([]string, 0, len(seen))
	for id := range seen {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids, nil
}

func manifestSDKIDs(fsys fs.FS) ([]string, error) {
	m, err := modelset.ReadManifest(fsys)
	if err != nil {
		return nil, err
	}
	return m.SDKIDs(fsys)
}

// selectBoth keeps the services names select on either side; with strict, a
// name that selects nothing on both sides is an error. An exact sdkId selects only
// that service (load.Filter also matches endpoint prefixes, and "API
// Gateway" would select ApiGatewayV2 too).
func selectBoth(old, cur []*ir.Service, names []string, strict bool) ([]*ir.Service, []*ir.Service, error) {
	bySDKID := map[string]bool{}
	for _, s := range append(append([]*ir.Service(nil), old...), cur...) {
		bySDKID[s.SDKID] = true
	}
	keep := func(svcs []*ir.Service, name string, into map[*ir.Service]bool) error {
		if bySDKID[name] {
			for _, s := range svcs {
				if s.SDKID == name {
					into[s] = true
				}
			}
			return nil
		}
		sel, err := load.Filter(svcs, []string{name})
		for _, s := range sel {
			into[s] = true
		}
		return err
	}
	oldSel, newSel := map[*ir.Service]bool{}, map[*ir.Service]bool{}
	for _, name := range names {
		errOld, errNew := keep(old, name, oldSel), keep(cur, name, newSel)
		if strict && errOld != nil && errNew != nil {
			return nil, nil, fmt.Errorf("in neither model set: %w", errOld)
		}
	}
	pick := func(svcs []*ir.Service, sel map[*ir.Service]bool) []*ir.Service {
		var out []*ir.Service
		for _, s := range svcs {
			if sel[s] {
				out = append(out, s)
			}
		}
		return out
	}
	return pick(old, oldSel), pick(cur, newSel), nil
}
