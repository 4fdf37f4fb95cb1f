package engine

import (
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"testing"

	"github.com/awsparity/awsparity/generator/emit/fixtures"
	"github.com/awsparity/awsparity/generator/resources"
)

// TestInputsCountEmittedFixtures holds the resources of Inputs, which `gen
// resources` and `gen services` tabulate without emitting, to what the
// fixtures emitter emits for the default services: one fixture function per
// resource found, by name.
func TestInputsCountEmittedFixtures(t *testing.T) {
	svcs, _, err := Load(Options{Out: userModule(t)})
	if err != nil {
		t.Fatal(err)
	}
	ov, err := resources.Default()
	if err != nil {
		t.Fatal(err)
	}
	inputs, err := Inputs(svcs, ov, "")
	if err != nil {
		t.Fatal(err)
	}
	stats := Stats(inputs)
	total := 0
	for i, svc := range svcs {
		var want []string
		for _, r := range stats[i].Resources {
			want = append(want, r.Fixture())
		}
		files, err := fixtures.Emit(inputs[i])
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range files {
			got = append(got, fixtureFuncs(t, f.Path, f.Content)...)
		}
		slices.Sort(want)
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("%s: Detect found %v, the fixtures emitter emitted %v", svc.SDKID, want, got)
		}
		total += len(got)
	}
	if total == 0 {
		t.Error("no fixtures emitted for the default services at all")
	}
}

// fixtureFuncs returns the exported functions of a generated file whose
// first parameter is a testing.TB: the fixtures.
func fixtureFuncs(t *testing.T, path string, src []byte) []string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), path, src, parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, d := range f.Decls {
		fn, ok := d.(*ast.FuncDecl)
		if !ok || fn.Recv != nil || !fn.Name.IsExported() || len(fn.Type.Params.List) == 0 {
			continue
		}
		if sel, ok := fn.Type.Params.List[0].Type.(*ast.SelectorExpr); ok && sel.Sel.Name == "TB" {
			names = append(names, fn.Name.Name)
		}
	}
	return names
}
