// Package golang computes the aws-sdk-go-v2 names and Go types of a service
// model, once, for every emitter: package paths, operation and type names,
// struct fields with their pointer-ness, enum constants, union members,
// paginators and waiters.
//
// Names are first predicted from the model with smithy-go's codegen rules
// (SymbolVisitor, GoPointableIndex, EnumGenerator, UnionGenerator) plus the
// SDK's customizations (customizations.go). When the SDK module is pinned
// in the user's go.mod its source is read (generator/sdksrc) and wins
// wherever the two disagree; every disagreement is reported as drift.
package golang

import (
	"context"
	"fmt"
	"go/token"
	"os"
	"path/filepath"

	"golang.org/x/mod/module"

	"github.com/awsparity/awsparity/generator/internal/parallel"
	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/generator/sdksrc"
)

// Options controls Resolve.
type Options struct {
	// ModuleDir is the directory of a go.mod whose pinned SDK versions are
	// read; "" means prediction only.
	ModuleDir string
	// CacheDir holds parsed SDK sources; "" means os.UserCacheDir()/awsparity.
	CacheDir string
	// Progress, when set, is told what Resolve is doing, for a status line:
	// module downloads and SDK source reads can take long on a cold cache.
	Progress Progress
}

// Progress receives Resolve's steps: Phase names what it does now (total >
// 0: that many items follow, each ending with a Step).
type Progress interface {
	Phase(name string, total int)
	Step()
}

// silent is the Progress of a Resolve nobody watches.
type silent struct{}

func (silent) Phase(string, int) {}
func (silent) Step()             {}

// Resolve fills the Go fields of every service and returns the drift found.
func Resolve(svcs []*ir.Service, opts Options) (*Report, error) {
	// Services are independent (each has its own shapes): both steps run
	// on every CPU, and the first service's error, in order, wins.
	errs := make([]error, len(svcs))
	parallel.Each(len(svcs), func(i int) { errs[i] = Predict(svcs[i]) })
	if err := firstError(errs); err != nil {
		return nil, err
	}
	report := &Report{}
	for _, svc := range svcs {
		report.Services = append(report.Services, &ServiceReport{Service: svc.SDKID, Package: svc.Go.PackageName})
	}
	if opts.ModuleDir == "" || len(svcs) == 0 {
		return report, nil
	}
	prog := opts.Progress
	if prog == nil {
		prog = silent{}
	}
	paths := make([]string, len(svcs))
	for i, svc := range svcs {
		paths[i] = svc.Go.Package
	}
	prog.Phase("sdk types: go list -m (pinned SDK modules)", 0)
	mods, err := sdksrc.LocateReporting(context.Background(), opts.ModuleDir, func(path, version string) {
		prog.Phase("sdk types: downloading "+path+"@"+version, 0)
	}, paths...)
	if err != nil {
		return nil, err
	}
	prog.Phase("sdk types: reading SDK source", len(svcs))
	cache := opts.CacheDir
	if cache == "" {
		if dir, err := os.UserCacheDir(); err == nil {
			cache = filepath.Join(dir, "awsparity")
		}
	}
	parallel.Each(len(svcs), func(i int) {
		defer prog.Step()
		svc := svcs[i]
		mod, ok := mods[svc.Go.Package]
		if !ok {
			return
		}
		pkg, err := sdksrc.Load(mod, cache)
		if err != nil {
			errs[i] = fmt.Errorf("%s: %w", svc.Source, err)
			return
		}
		reconcile(svc, pkg, report.Services[i])
	})
	if err := firstError(errs); err != nil {
		return nil, err
	}
	return report, nil
}

// firstError returns the first non-nil error of errs.
func firstError(errs []error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// Predict fills the Go fields of svc from the model alone.
func Predict(svc *ir.Service) error {
	if svc.SDKID == "" {
		return &ir.Error{File: svc.Source, Msg: "service has no sdkId: cannot name its SDK package"}
	}
	pkg := PackageName(svc.SDKID)
	// The package name also names the output directory (<pkg>test): an
	// sdkId such as "../x" or "a.b" must fail here, naming the model, not
	// later as an unformattable file or a write outside the output; a
	// Unicode sdkId gives an identifier but no import path the go tool takes.
	if !token.IsIdentifier(pkg) || module.CheckImportPath(sdkModulePrefix+pkg) != nil {
		return &ir.Error{File: svc.Source, Msg: fmt.Sprintf("sdkId %q does not give a Go package name (got %q)", svc.SDKID, pkg)}
	}
	// Only the SDK source adds operations (reconcile): a prediction starts
	// from the model's alone, also when svc was resolved before.
	svc.SDKOperations = nil
	svc.Go = ir.GoService{
		Package:      sdkModulePrefix + pkg,
		PackageName:  pkg,
		TypesPackage: sdkModulePrefix + pkg + "/types",
		TestPackage:  pkg + "test",
	}
	if err := checkTargets(svc); err != nil {
		return err
	}
	typeNames(svc)
	t := newTyper(svc)
	if err := t.typeShapes(); err != nil {
		return err
	}
	for _, sh := range svc.Shapes {
		for i := range sh.Enum {
			ev := &sh.Enum[i]
			name := ev.Name
			if name == "" {
				name = ev.Value
			}
			ev.GoName = EnumConstName(sh.Go.TypeName, name)
		}
	}
	dirs := directions(svc)
	for _, sh := range svc.Shapes {
		fields := fieldNames(sh)
		for i, m := range sh.Members {
			if sh.Kind == ir.KindUnion {
				m.Go = ir.GoMember{FieldName: UnionMemberName(sh.Go.TypeName, m.Name)}
				m.Go.Type, _ = t.memberType(sh, m, inNested)
			} else {
				m.Go = ir.GoMember{FieldName: fields[i]}
				m.Go.Type, m.Go.Skip = t.memberType(sh, m, dirs[sh])
			}
			// An event stream's error members are not events: the SDK
			// returns them as errors from the stream.
			if sh.Streaming && m.Target.ErrorFault != "" {
				m.Go.Skip = true
			}
		}
	}
	paginated := map[string]bool{}
	for _, p := range svc.Paginators {
		paginated[p.Operation] = true
	}
	for _, op := range svc.Operations {
		method := ExportName(op.Name)
		op.Go = ir.GoOperation{
			Method:     method,
			InputType:  method + "Input",
			OutputType: method + "Output",
			Paginated:  paginated[op.Name],
			Skip:       operationCustomization(svc, op.Name, removedOperation) != nil,
		}
	}
	for _, w := range svc.Waiters {
		name := ExportName(w.Name)
		w.Go = ir.GoWaiter{TypeName: name + "Waiter", Constructor: "New" + name + "Waiter"}
	}
	return nil
}

// directions tells which structures are operation inputs and outputs.
func directions(svc *ir.Service) map[*ir.Shape]direction {
	d := map[*ir.Shape]direction{}
	for _, op := range svc.Operations {
		if op.Output != nil {
			d[op.Output] = inOutput
		}
		if op.Input != nil {
			d[op.Input] = inInput
		}
	}
	return d
}

// checkTargets rejects a model with dangling member targets up front, so
// that typing never meets a nil shape.
func checkTargets(svc *ir.Service) error {
	for _, sh := range svc.Shapes {
		ms := append([]*ir.Member{}, sh.Members...)
		for _, m := range []*ir.Member{sh.Member, sh.Key, sh.Value} {
			if m != nil {
				ms = append(ms, m)
			}
		}
		for _, m := range ms {
			if m.Target == nil {
				return &ir.Error{File: svc.Source, Path: fmt.Sprintf("shape %s member %s", sh.ID, m.Name), Msg: "member has no target shape"}
			}
		}
		if (sh.Kind == ir.KindList && sh.Member == nil) || (sh.Kind == ir.KindMap && sh.Value == nil) {
			return &ir.Error{File: svc.Source, Path: "shape " + sh.ID, Msg: string(sh.Kind) + " without element"}
		}
	}
	return nil
}
