// Package coverage reports which operations an implementation of generated
// stubs overrides, by hand or through the generated lifecycle fake it
// embeds, and which it leaves to the embedded UnimplementedServer.
//
// It decides statically with go/types, never by calling methods: a stub
// package is one that declares UnimplementedServer and a Server interface
// with the unexported mustEmbedUnimplementedServer marker; an operation is
// overridden when the implementation's method set resolves it to a method
// declared anywhere but on that UnimplementedServer (on the type itself, or
// promoted from another embedded type).
package coverage

import (
	"cmp"
	"errors"
	"fmt"
	"go/constant"
	"go/types"
	"maps"
	"slices"
	"strings"

	"golang.org/x/tools/go/packages"
)

// Names the generated stub packages use (generator/emit/stubs).
const (
	unimplementedName = "UnimplementedServer"
	serverName        = "Server"
	markerMethod      = "mustEmbedUnimplementedServer"
)

// Report is the coverage of every implementation found in some packages.
type Report struct {
	// Patterns are what was analysed, as given.
	Patterns []string
	// Services has one entry per implementation type and stub package,
	// sorted by service, then package, then type.
	Services []Service
}

// Service is one implementation type's coverage of one service's stubs.
type Service struct {
	// Name is the SDK's ServiceID ("SQS"), or its package name when the SDK
	// package declares none.
	Name string
	// SDKPackage is the import path of the SDK service package.
	SDKPackage string
	// StubPackage is the import path of the generated stub package.
	StubPackage string
	// Implementation is the type, as "pkgpath.Type".
	Implementation string
	// Receiver is how the type satisfies the stub Server interface: "T",
	// "*T", or "" when it does not (a method with the wrong signature, or
	// an ambiguous selector between two embedded stubs).
	Receiver string
	// Overridden operations, sorted by name.
	Overridden []Operation
	// NotImplemented lists the operations still answered by
	// UnimplementedServer, sorted.
	NotImplemented []string
}

// Operation is an overridden operation and where its method is declared.
type Operation struct {
	Name string
	// DeclaredBy is the type declaring the method ("pkgpath.Type"); it
	// differs from the implementation when the method is promoted from
	// another embedded type.
	DeclaredBy string
	// Generated reports a method of the stub package's own generated
	// lifecycle fake (Fake), not one written by hand.
	Generated bool
}

// Generated is the number of overridden operations the generated lifecycle
// fake answers; the others are hand-written.
func (s Service) Generated() int {
	n := 0
	for _, op := range s.Overridden {
		if op.Generated {
			n++
		}
	}
	return n
}

// HandWritten is the number of overridden operations written by hand.
func (s Service) HandWritten() int { return len(s.Overridden) - s.Generated() }

// Total is the number of operations of the service.
func (s Service) Total() int { return len(s.Overridden) + len(s.NotImplemented) }

// Percent is the share of overridden operations, 0–100.
func (s Service) Percent() float64 {
	if s.Total() == 0 {
		return 0
	}
	return 100 * float64(len(s.Overridden)) / float64(s.Total())
}

// Analyze loads the packages that patterns name (import paths or go list
// patterns, resolved in dir, "" for the current directory) and reports
// every named type in them that embeds a generated UnimplementedServer.
// It is an error when a package does not type-check or when no
// implementation is found.
func Analyze(dir string, patterns ...string) (*Report, error) {
	if len(patterns) == 0 {
		return nil, errors.New("coverage: no package to analyse")
	}
	roots, err := load(dir, patterns)
	if err != nil {
		return nil, err
	}
	var candidates []*types.Named
	fullPaths := map[string]bool{}
	for _, p := range roots {
		scope := p.Types.Scope()
		for _, name := range scope.Names() { // sorted
			tn, ok := scope.Lookup(name).(*types.TypeName)
			if !ok || tn.IsAlias() {
				continue
			}
			named, ok := tn.Type().(*types.Named)
			if !ok {
				continue
			}
			if found := embeddedUnimplemented(named, map[*types.Named]bool{}); len(found) > 0 {
				candidates = append(candidates, named)
				for _, u := range found {
					fullPaths[u.Obj().Pkg().Path()] = true
					if sdk := sdkPackage(u); sdk != nil {
						fullPaths[sdk.Path()] = true
					}
				}
			}
		}
	}
	// A package's export data only holds what it uses of its imports, so the
	// stub packages are loaded on their own to see their whole Server
	// interface, and the SDK packages to see their ServiceID. Loading every
	// dependency instead is ten times slower.
	full := map[string]*types.Package{}
	if len(fullPaths) > 0 {
		loaded, err := load(dir, slices.Sorted(maps.Keys(fullPaths)))
		if err != nil {
			return nil, err
		}
		for _, p := range loaded {
			full[p.PkgPath] = p.Types
		}
	}
	r := &Report{Patterns: patterns}
	parts := map[string]bool{}
	for _, t := range candidates {
		for _, part := range embeddedParts(t) {
			parts[qualifiedName(part)] = true
		}
	}
	for _, t := range candidates {
		// A type that only serves as an embedded part of another
		// implementation in these packages is reported through that one.
		if !parts[qualifiedName(t)] {
			r.Services = append(r.Services, analyzeType(t, full)...)
		}
	}
	if len(r.Services) == 0 {
		return nil, fmt.Errorf("coverage: no type in %s embeds a generated %s", strings.Join(patterns, " "), unimplementedName)
	}
	slices.SortStableFunc(r.Services, func(a, b Service) int {
		return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.StubPackage, b.StubPackage), cmp.Compare(a.Implementation, b.Implementation))
	})
	return r, nil
}

// load type-checks the packages patterns name and fails on any error.
func load(dir string, patterns []string) ([]*packages.Package, error) {
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedTypes, Dir: dir}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil, fmt.Errorf("coverage: loading %s: %w", strings.Join(patterns, " "), err)
	}
	var errs []error
	for _, p := range pkgs {
		for _, e := range p.Errors {
			errs = append(errs, fmt.Errorf("%s: %s", p.PkgPath, e))
		}
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("coverage: %w", errors.Join(errs...))
	}
	return pkgs, nil
}

// analyzeType returns T's coverage of every stub package whose
// UnimplementedServer it embeds, at any depth. pkgs holds the stub and SDK
// packages, fully loaded, by path.
func analyzeType(t *types.Named, pkgs map[string]*types.Package) []Service {
	var out []Service
	for _, unimpl := range embeddedUnimplemented(t, map[*types.Named]bool{}) {
		iface := serverInterface(unimpl, pkgs)
		if iface == nil {
			continue // an UnimplementedServer that is not generated stubs'
		}
		ptr := types.NewPointer(t)
		svc := Service{
			StubPackage:    unimpl.Obj().Pkg().Path(),
			Implementation: qualifiedName(t),
		}
		svc.Name, svc.SDKPackage = sdkOf(unimpl, pkgs)
		switch {
		case satisfies(t, iface, unimpl.Obj().Pkg()):
			svc.Receiver = t.Obj().Name()
		case satisfies(ptr, iface, unimpl.Obj().Pkg()):
			svc.Receiver = "*" + t.Obj().Name()
		}
		for i := 0; i < iface.NumMethods(); i++ {
			m := iface.Method(i)
			if !m.Exported() {
				continue
			}
			obj, _, _ := types.LookupFieldOrMethod(ptr, true, m.Pkg(), m.Name())
			fn, ok := obj.(*types.Func)
			if !ok {
				// Absent (ambiguous between two embedded stubs) or shadowed
				// by a field: the stub's answer is all a caller could get.
				svc.NotImplemented = append(svc.NotImplemented, m.Name())
				continue
			}
			decl := receiverNamed(fn)
			if qualifiedName(decl) == qualifiedName(unimpl) {
				svc.NotImplemented = append(svc.NotImplemented, m.Name())
				continue
			}
			svc.Overridden = append(svc.Overridden, Operation{Name: m.Name(), DeclaredBy: qualifiedName(decl),
				Generated: decl.Obj().Pkg().Path() == unimpl.Obj().Pkg().Path()})
		}
		out = append(out, svc)
	}
	return out
}

// satisfies reports whether t's method set has every method of iface with
// the same signature. types.Implements cannot be used: iface comes from a
// separate load of the stub package, so its types are different objects;
// signatures are compared as text qualified by import path instead, and
// the unexported marker is looked up in t's own view of the stub package.
func satisfies(t types.Type, iface *types.Interface, stubPkg *types.Package) bool {
	mset := types.NewMethodSet(t)
	for i := 0; i < iface.NumMethods(); i++ {
		m := iface.Method(i)
		sel := mset.Lookup(stubPkg, m.Name())
		if sel == nil || signature(sel.Obj()) != signature(m) {
			return false
		}
	}
	return true
}

// signature renders a method's parameter and result types, without names.
func signature(obj types.Object) string {
	sig := obj.Type().(*types.Signature)
	qual := func(p *types.Package) string { return p.Path() }
	var b strings.Builder
	for _, tuple := range []*types.Tuple{sig.Params(), sig.Results()} {
		b.WriteByte('(')
		for i := 0; i < tuple.Len(); i++ {
			b.WriteString(types.TypeString(tuple.At(i).Type(), qual) + ",")
		}
		b.WriteByte(')')
	}
	if sig.Variadic() {
		b.WriteString("...")
	}
	return b.String()
}

// embeddedUnimplemented finds the types named UnimplementedServer embedded
// in t's struct, directly or through other embedded structs.
func embeddedUnimplemented(t *types.Named, seen map[*types.Named]bool) []*types.Named {
	if seen[t] {
		return nil
	}
	seen[t] = true
	var found []*types.Named
	for _, named := range embeddedParts(t) {
		if named.Obj().Name() == unimplementedName && named.Obj().Pkg() != nil {
			found = append(found, named)
			continue
		}
		found = append(found, embeddedUnimplemented(named, seen)...)
	}
	return found
}

// embeddedParts returns the named types t's struct embeds, by value or pointer.
func embeddedParts(t *types.Named) []*types.Named {
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	var parts []*types.Named
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		if !f.Embedded() {
			continue
		}
		ft := f.Type()
		if p, ok := ft.(*types.Pointer); ok {
			ft = p.Elem()
		}
		if named, ok := ft.(*types.Named); ok {
			parts = append(parts, named)
		}
	}
	return parts
}

// serverInterface returns the Server interface beside unimpl, or nil.
func serverInterface(unimpl *types.Named, pkgs map[string]*types.Package) *types.Interface {
	pkg := pkgs[unimpl.Obj().Pkg().Path()]
	if pkg == nil {
		return nil
	}
	obj := pkg.Scope().Lookup(serverName)
	if obj == nil {
		return nil
	}
	iface, ok := obj.Type().Underlying().(*types.Interface)
	if !ok {
		return nil
	}
	for i := 0; i < iface.NumMethods(); i++ {
		if iface.Method(i).Name() == markerMethod {
			return iface
		}
	}
	return nil
}

// sdkPackage returns the SDK package of a stub type, found through the
// input type of its first operation method (*sqs.CreateQueueInput).
func sdkPackage(unimpl *types.Named) *types.Package {
	for i := 0; i < unimpl.NumMethods(); i++ {
		sig := unimpl.Method(i).Signature()
		if sig.Params().Len() != 2 {
			continue
		}
		if ptr, ok := sig.Params().At(1).Type().(*types.Pointer); ok {
			if named, ok := ptr.Elem().(*types.Named); ok && named.Obj().Pkg() != nil {
				return named.Obj().Pkg()
			}
		}
	}
	return nil
}

// sdkOf returns the SDK's ServiceID, or its package name when the fully
// loaded package (in pkgs) declares none, and its import path.
func sdkOf(unimpl *types.Named, pkgs map[string]*types.Package) (name, path string) {
	sdk := sdkPackage(unimpl)
	if sdk == nil {
		return "", ""
	}
	if full := pkgs[sdk.Path()]; full != nil {
		if c, ok := full.Scope().Lookup("ServiceID").(*types.Const); ok && c.Val().Kind() == constant.String {
			return constant.StringVal(c.Val()), sdk.Path()
		}
	}
	return sdk.Name(), sdk.Path()
}

// receiverNamed returns the named type a method is declared on.
func receiverNamed(fn *types.Func) *types.Named {
	t := fn.Signature().Recv().Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	named, _ := t.(*types.Named)
	if named != nil {
		named = named.Origin()
	}
	return named
}

func qualifiedName(t *types.Named) string {
	if t == nil {
		return ""
	}
	return t.Obj().Pkg().Path() + "." + t.Obj().Name()
}
