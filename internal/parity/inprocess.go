package parity

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/awsparity/awsparity/generator/coverage"
)

// Who answers an operation on an in-process target, as generator/coverage
// decides it.
const (
	HandWritten        = "hand-written"
	GeneratedLifecycle = "generated lifecycle"
	NotImplemented     = "NotImplemented"
)

// A Fake is one implementation an in-process target bound (Bind) for one
// service, with what answers each operation the tests called.
type Fake struct {
	// Target is the in-process target's name.
	Target string
	// Service is the SDK's ServiceID ("SQS").
	Service string
	// Implementation is the bound type, "pkgpath.Type".
	Implementation string
	// HandWritten, Generated and NotImplemented count every operation of
	// the service's stubs by what answers it, called by a test or not.
	HandWritten, Generated, NotImplemented int
	// Ops are the operations the tests called, sorted.
	Ops []Op
}

// Called counts the operations the tests called that by answers.
func (f Fake) Called(by string) int {
	n := 0
	for _, op := range f.Ops {
		if op.By == by {
			n++
		}
	}
	return n
}

// Operations is the number of operations of the service's stubs.
func (f Fake) Operations() int { return f.HandWritten + f.Generated + f.NotImplemented }

// An Op is an operation the tests called on a Fake.
type Op struct {
	Name string
	// By is HandWritten, GeneratedLifecycle or NotImplemented.
	By string
	// DeclaredBy is the type declaring a hand-written method
	// ("pkgpath.Type"); empty otherwise.
	DeclaredBy string
	// Tests are the ids of the tests that called it, sorted.
	Tests []string
}

// Missing reports an operation the fake answers NotImplemented.
func (o Op) Missing() bool { return o.By == NotImplemented }

// Answer says who answers the operation, naming the type of a hand-written
// method.
func (o Op) Answer() string {
	if o.By == HandWritten {
		return HandWritten + " (" + shortType(o.DeclaredBy) + ")"
	}
	return o.By
}

// shortType is "pkg.Type" for "path/to/pkg.Type".
func shortType(qualified string) string {
	return qualified[strings.LastIndex(qualified, "/")+1:]
}

// fakes returns every implementation the in-process runs bound, sorted.
func (r *Report) fakes() []string {
	seen := map[string]bool{}
	for _, c := range r.Cells {
		if c.Fake != "" {
			seen[c.Fake] = true
		}
	}
	return slices.Sorted(maps.Keys(seen))
}

// Analyze runs generator/coverage on the package of every fake the
// in-process runs bound (packages resolved in dir, "" for the current
// directory) and sets r.Fakes from its answer with Classify. Each package
// is analysed on its own: one analysis reports a type embedded in another
// analysed type only through that type.
func (r *Report) Analyze(dir string) error {
	var services []coverage.Service
	pkgs := map[string]bool{}
	for _, fake := range r.fakes() {
		pkgs[fake[:strings.LastIndex(fake, ".")]] = true
	}
	for _, pkg := range slices.Sorted(maps.Keys(pkgs)) {
		cov, err := coverage.Analyze(dir, pkg)
		if err != nil {
			return err
		}
		services = append(services, cov.Services...)
	}
	return r.Classify(services)
}

// Classify sets r.Fakes: for every (in-process target, bound
// implementation), each operation the tests called with what answers it
// according to services, the coverage generator/coverage reported. It is
// an error when services lack a bound implementation or one of its
// operations.
func (r *Report) Classify(services []coverage.Service) error {
	type key struct{ target, impl string }
	called := map[key]map[string][]string{} // operation → tests
	for k, c := range r.Cells {
		if c.Fake == "" {
			continue
		}
		fk := key{k[1], c.Fake}
		if called[fk] == nil {
			called[fk] = map[string][]string{}
		}
		for _, call := range c.Calls {
			called[fk][call.Operation] = append(called[fk][call.Operation], k[0])
		}
	}
	r.Fakes = nil
	for fk, ops := range called {
		i := slices.IndexFunc(services, func(s coverage.Service) bool { return s.Implementation == fk.impl })
		if i < 0 {
			return fmt.Errorf("%s: coverage reports nothing for %s, the fake its tests bound", fk.target, fk.impl)
		}
		s := services[i]
		f := Fake{Target: fk.target, Service: s.Name, Implementation: fk.impl,
			HandWritten: s.HandWritten(), Generated: s.Generated(), NotImplemented: len(s.NotImplemented)}
		for _, name := range slices.Sorted(maps.Keys(ops)) {
			op := Op{Name: name, Tests: slices.Compact(slices.Sorted(slices.Values(ops[name])))}
			j := slices.IndexFunc(s.Overridden, func(o coverage.Operation) bool { return o.Name == name })
			switch {
			case j >= 0 && s.Overridden[j].Generated:
				op.By = GeneratedLifecycle
			case j >= 0:
				op.By, op.DeclaredBy = HandWritten, s.Overridden[j].DeclaredBy
			case slices.Contains(s.NotImplemented, name):
				op.By = NotImplemented
			default:
				return fmt.Errorf("%s: the tests called %s, which %s's stubs (%s) do not have", fk.target, name, fk.impl, s.StubPackage)
			}
			f.Ops = append(f.Ops, op)
		}
		r.Fakes = append(r.Fakes, f)
	}
	slices.SortFunc(r.Fakes, func(a, b Fake) int {
		return cmp.Or(cmp.Compare(a.Target, b.Target), cmp.Compare(a.Service, b.Service), cmp.Compare(a.Implementation, b.Implementation))
	})
	return nil
}
