package engine

import (
	"go/ast"
	"go/parser"
	"go/token"
	"maps"
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
	// The fake stays: NewClient's default in-process server, answering
	// NotImplemented where it knows no resource.
	want := []string{"zz_generated.client.go", DriftFile, "zz_generated.fake.go", "zz_generated.stubs.go", "zz_generated.transformers.go"}
	if !slices.Equal(names, want) {
		t.Errorf("sqstest holds %v, want %v: no fixtures (Queue excluded), no skeletons", names, want)
	}

	write(`{"services": {"SQS": {"Pipe": {"exclude": true}}}}`)
	_, err = Run(opts)
	if err == nil || !strings.Contains(err.Error(), file+`: $.services["SQS"]["Pipe"]: SQS has no resource "Pipe"`) {
		t.Errorf("a changed, unresolvable fixtures file: err = %v, want one naming the file and entry", err)
	}
}

// TestCounts: a table row counts resources by kind, and as ready the
// fixtures without an invalid member; made-up references only among those.
func TestCounts(t *testing.T) {
	s := ServiceStats{
		Resources: []resources.Resource{
			{Name: "Group"},
			{Name: "Stream", Refs: []resources.Ref{{Member: "GroupName", DeleteMember: "GroupName", Parent: true, Resource: "Group"}}},
			{Name: "Filter", Refs: []resources.Ref{{Member: "RoleArn", Service: "IAM", Resource: "Role", ARN: true}}},
			{Name: "Export", Refs: []resources.Ref{{Member: "BucketName", Service: "S3", Resource: "Bucket"}}},
		},
		Invalid: []Invalid{
			{Fixture: "CreateExport", Member: "Prefix", Reason: "required member not set"},
			{Fixture: "CreateExport", Member: "Format", Reason: "required member not set"},
		},
		Placeholders: []string{"CreateFilter", "CreateExport"},
	}
	c := s.Counts()
	want := Counts{Found: 4, Emitted: 4, Ready: 3, MadeUp: 1,
		Kinds: map[resources.Kind]int{resources.TopLevel: 1, resources.Child: 1, resources.Dependent: 2}}
	if c.Found != want.Found || c.Emitted != want.Emitted || c.Ready != want.Ready || c.MadeUp != want.MadeUp || !maps.Equal(c.Kinds, want.Kinds) {
		t.Fatalf("Counts = %+v, want %+v", c, want)
	}
	if got := c.Cells(false); got != "4 | 1 | 1 | 2 | 4 | 3 | 1" {
		t.Errorf("Cells = %q", got)
	}
	var total Counts
	total.Add(c)
	total.Add(c)
	if got := total.Cells(true); got != "**8** | **2** | **2** | **4** | **8** | **6** | **2**" {
		t.Errorf("Cells of the sum of two = %q", got)
	}
	if n := len(strings.Split(CountsHeader, " | ")); n != len(strings.Split(c.Cells(false), " | ")) {
		t.Errorf("CountsHeader has %d columns, Cells another number", n)
	}
}
