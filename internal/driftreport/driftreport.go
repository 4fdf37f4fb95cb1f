// Package driftreport compares two model sets the way `gen drift` and the
// weekly API update (internal/cmd/maint drift-pr) both do: load and select
// each side, type it with the SDK it goes with, and diff the APIs and the
// files the generator would write for them.
package driftreport

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"

	"github.com/awsparity/awsparity/generator/drift"
	"github.com/awsparity/awsparity/generator/emit"
	"github.com/awsparity/awsparity/generator/engine"
	"github.com/awsparity/awsparity/generator/fileset"
	"github.com/awsparity/awsparity/generator/golang"
	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/generator/load"
	"github.com/awsparity/awsparity/generator/modelset"
	"github.com/awsparity/awsparity/generator/resources"
	"github.com/awsparity/awsparity/models"
)

// Embedded names the embedded default model set on a command line.
const Embedded = "embedded"

// Options select and type the services compared.
type Options struct {
	// Services to compare, by sdkId or package name; none means the
	// services of the manifests of both sides, else of the embedded set.
	Services []string
	// ModuleDir's go.mod types the new models and OldModuleDir's (when not
	// "") the old ones; "" means prediction from the models alone.
	ModuleDir, OldModuleDir string
}

// Compare loads, selects and resolves both model sets (files, directories
// or Embedded) and compares them, with the files the generator would
// produce for each side. Each side is typed by the SDK it goes with, so a
// Go type changed by the release shows as the breaking change it is. The
// labels name the sides in the report.
func Compare(oldLabel, oldArg, newLabel, newArg string, o Options) (*drift.Report, error) {
	oldSvcs, err := loadSide(oldArg)
	if err != nil {
		return nil, err
	}
	newSvcs, err := loadSide(newArg)
	if err != nil {
		return nil, err
	}
	names, strict := o.Services, true
	if len(names) == 0 {
		if names, err = defaultServices(oldArg, newArg); err != nil {
			return nil, err
		}
		strict = false
	}
	if oldSvcs, newSvcs, err = selectBoth(oldSvcs, newSvcs, names, strict); err != nil {
		return nil, err
	}
	oldModule := o.ModuleDir
	if o.OldModuleDir != "" {
		oldModule = o.OldModuleDir
	}
	if _, err := golang.Resolve(oldSvcs, golang.Options{ModuleDir: oldModule}); err != nil {
		return nil, err
	}
	if _, err := golang.Resolve(newSvcs, golang.Options{ModuleDir: o.ModuleDir}); err != nil {
		return nil, err
	}
	// Each side's resources are found once, for the resource section and
	// the files alike, with the embedded fixtures file as gen uses it.
	ov, err := resources.Default()
	if err != nil {
		return nil, err
	}
	inputs := map[*ir.Service]*emit.Input{}
	for _, side := range [][]*ir.Service{oldSvcs, newSvcs} {
		in, err := engine.Inputs(side, ov, "example.com/awstest")
		if err != nil {
			return nil, err
		}
		for i, svc := range side {
			inputs[svc] = in[i]
		}
	}
	return drift.Compare(oldLabel, oldSvcs, newLabel, newSvcs, drift.Options{
		Resources: func(svc *ir.Service) ([]drift.Resource, error) {
			return drift.TopLevelResources(svc, inputs[svc].Resources), nil
		},
		// What gen writes for a service. Drift compares only paths and
		// generator-owned contents, so the skeletons' import of the helper
		// package may name any directory.
		Files: func(svc *ir.Service) ([]fileset.File, error) {
			set, err := engine.Emit([]*emit.Input{inputs[svc]}, engine.DefaultEmitters(nil, false))
			if err != nil {
				return nil, err
			}
			return set.Files(), nil
		},
	})
}

// JSON renders a report (or anything) as indented JSON with a final newline.
func JSON(v any) ([]byte, error) {
	data, err := json.MarshalIndent(v, "", "  ")
	return append(data, '\n'), err
}

func loadSide(arg string) ([]*ir.Service, error) {
	if arg == Embedded {
		return load.FS(models.FS, "models")
	}
	return load.Paths([]string{arg})
}

// defaultServices are the services of the manifests of the model
// directories compared (so a models/ snapshot compares with its sync), else
// of the embedded default set.
func defaultServices(args ...string) ([]string, error) {
	seen := map[string]bool{}
	for _, arg := range args {
		var fsys fs.FS = models.FS
		if arg != Embedded {
			if _, err := os.Stat(filepath.Join(arg, modelset.ManifestName)); err != nil {
				continue
			}
			fsys = os.DirFS(arg)
		}
		ids, err := ManifestSDKIDs(fsys)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", arg, err)
		}
		for _, id := range ids {
			seen[id] = true
		}
	}
	if len(seen) == 0 {
		return ManifestSDKIDs(models.FS)
	}
	ids := make([]string, 0, len(seen))
	for id := range seen {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids, nil
}

// ManifestSDKIDs returns the sdkIds of the services of a model set's
// manifest.
func ManifestSDKIDs(fsys fs.FS) ([]string, error) {
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
