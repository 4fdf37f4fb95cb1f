package engine

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
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

// TestFixturesFileAndSkeletons: a run reads the fixtures file it is given
// instead of the embedded one (here excluding SQS's queue, so no fixture
// file), names the file when an entry does not resolve, leaves skeletons out
// with NoSkeletons, and a changed fixtures file is no cache hit.
func TestFixturesFileAndSkeletons(t *testing.T) {
	out := userModule(t)
	file := filepath.Join(t.TempDir(), "fixtures.json")
	write := func(content string) {
		t.Helper()
		if err := os.WriteFile(file, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(`{"services": {"SQS": {"Queue": {"exclude": true}}}}`)
	opts := Options{Services: []string{"sqs"}, Out: out, CacheDir: t.TempDir(), Fixtures: file, NoSkeletons: true}
	run(t, opts)
	entries, err := os.ReadDir(filepath.Join(out, "sqstest"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	want := []string{"zz_generated.client.go", DriftFile, "zz_generated.stubs.go", "zz_generated.transformers.go"}
	if !slices.Equal(names, want) {
		t.Errorf("sqstest holds %v, want %v: no fixtures (Queue excluded), no skeletons", names, want)
	}

	write(`{"services": {"SQS": {"Pipe": {"exclude": true}}}}`)
	_, err = Run(opts)
	if err == nil || !strings.Contains(err.Error(), file+`: $.services["SQS"]["Pipe"]: SQS has no resource "Pipe"`) {
		t.Errorf("a changed, unresolvable fixtures file: err = %v, want one naming the file and entry", err)
	}
}
