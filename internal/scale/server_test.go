package scale

import (
	"context"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/awsparity/awsparity/generator/engine"
	"github.com/awsparity/awsparity/generator/golang"
	"github.com/awsparity/awsparity/generator/sdksrc"
)

// serverCoverage is, per SDK package, how the generated Server interface
// covers the pinned SDK client's operations.
type serverCoverage struct {
	// Operations counts the client's operations.
	Operations int
	// FromSDK counts those the drift report says were taken from the SDK
	// source because the model lacks them.
	FromSDK int
	// Missing are client operations Server lacks, and operations the drift
	// report lists as sdk-only-operation (in the SDK, missing from Server).
	Missing []string
}

// checkServers compares, for each helper package under out (named by SDK
// package), the Server interface the stubs declare with the operations of
// the SDK client that moduleDir's go.mod pins. The client's operations are
// read from the SDK source here, independently of the generator: every
// method of *Client shaped func(context.Context, *<Op>Input,
// ...func(*Options)) (*<Op>Output, error).
func checkServers(t *testing.T, moduleDir, out string, pkgs []string) map[string]serverCoverage {
	t.Helper()
	paths := prefixed(pkgs)
	mods, err := sdksrc.Locate(context.Background(), moduleDir, paths...)
	if err != nil {
		t.Fatal(err)
	}
	cov := map[string]serverCoverage{}
	for _, pkg := range pkgs {
		mod, ok := mods[sdkServicePrefix+pkg]
		if !ok {
			t.Errorf("%s: the SDK module is not pinned in %s/go.mod", pkg, moduleDir)
			continue
		}
		ops, err := clientOperations(mod.Dir)
		if err != nil {
			t.Fatal(err)
		}
		dir := filepath.Join(out, pkg+"test")
		methods, err := serverMethods(filepath.Join(dir, "zz_generated.stubs.go"))
		if err != nil {
			t.Fatal(err)
		}
		c := serverCoverage{Operations: len(ops)}
		for _, op := range ops {
			if !methods[op] {
				c.Missing = append(c.Missing, op)
			}
		}
		drift, err := readDrift(filepath.Join(dir, engine.DriftFile))
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range drift {
			switch d.Kind {
			case golang.OperationFromSDK:
				c.FromSDK++
			case golang.SDKOnlyOperation:
				c.Missing = append(c.Missing, d.Operation+" (drift report)")
			}
		}
		cov[pkg] = c
	}
	return cov
}

// clientOperations lists the operation methods of the SDK client whose
// module source is in dir.
func clientOperations(dir string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	var ops []string
	fset := token.NewFileSet()
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, file, nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		for _, decl := range f.Decls {
			if fn, ok := decl.(*ast.FuncDecl); ok && isOperationMethod(fn) {
				ops = append(ops, fn.Name.Name)
			}
		}
	}
	if len(ops) == 0 {
		return nil, fmt.Errorf("%s: no operation methods of *Client", dir)
	}
	slices.Sort(ops)
	return ops, nil
}

// isOperationMethod reports func (c *Client) Op(ctx context.Context,
// params *OpInput, optFns ...func(*Options)) (*OpOutput, error).
func isOperationMethod(fn *ast.FuncDecl) bool {
	if fn.Recv == nil || len(fn.Recv.List) != 1 || !fn.Name.IsExported() {
		return false
	}
	if types.ExprString(fn.Recv.List[0].Type) != "*Client" {
		return false
	}
	var params, results []string
	for _, f := range fn.Type.Params.List {
		for range max(len(f.Names), 1) {
			params = append(params, types.ExprString(f.Type))
		}
	}
	if fn.Type.Results != nil {
		for _, f := range fn.Type.Results.List {
			results = append(results, types.ExprString(f.Type))
		}
	}
	op := fn.Name.Name
	return slices.Equal(params, []string{"context.Context", "*" + op + "Input", "...func(*Options)"}) &&
		slices.Equal(results, []string{"*" + op + "Output", "error"})
}

// serverMethods returns the method names of the Server interface a
// generated stubs file declares.
func serverMethods(path string) (map[string]bool, error) {
	f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	for _, decl := range f.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.TYPE {
			continue
		}
		for _, spec := range gd.Specs {
			ts := spec.(*ast.TypeSpec)
			iface, ok := ts.Type.(*ast.InterfaceType)
			if ts.Name.Name != "Server" || !ok {
				continue
			}
			methods := map[string]bool{}
			for _, m := range iface.Methods.List {
				for _, n := range m.Names {
					methods[n.Name] = true
				}
			}
			return methods, nil
		}
	}
	return nil, fmt.Errorf("%s: no Server interface", path)
}

// readDrift returns the drift one helper package's report lists.
func readDrift(path string) ([]golang.Drift, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var rep golang.Report
	if err := json.Unmarshal(data, &rep); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var all []golang.Drift
	for _, s := range rep.Services {
		all = append(all, s.Drift...)
	}
	return all, nil
}

// TestDefaultServersCoverPinnedClients checks the committed gen/: the
// Server of every default service has every operation of the SDK client
// awsparity's go.mod pins, and no drift report lists one missing.
func TestDefaultServersCoverPinnedClients(t *testing.T) {
	root := RepoRoot(t)
	entries, err := os.ReadDir(filepath.Join(root, "gen"))
	if err != nil {
		t.Fatal(err)
	}
	var pkgs []string
	for _, e := range entries {
		if pkg, ok := strings.CutSuffix(e.Name(), "test"); ok && e.IsDir() {
			pkgs = append(pkgs, pkg)
		}
	}
	if len(pkgs) == 0 {
		t.Fatal("gen/ has no helper packages")
	}
	ops, fromSDK := 0, 0
	for pkg, c := range checkServers(t, root, filepath.Join(root, "gen"), pkgs) {
		ops += c.Operations
		fromSDK += c.FromSDK
		if len(c.Missing) > 0 {
			t.Errorf("%stest.Server lacks operations of the pinned %s client: %s", pkg, pkg, strings.Join(c.Missing, ", "))
		}
	}
	t.Logf("%d default services: Server has all %d operations of the pinned clients, %d of them taken from the SDK source", len(pkgs), ops, fromSDK)
}

// TestServerCheckFindsAMissingOperation feeds checkServers a Server that
// lacks an operation of the pinned SQS client: the check must name it.
func TestServerCheckFindsAMissingOperation(t *testing.T) {
	root := RepoRoot(t)
	out := t.TempDir()
	src, err := os.ReadFile(filepath.Join(root, "gen", "sqstest", "zz_generated.stubs.go"))
	if err != nil {
		t.Fatal(err)
	}
	const line = "\tListQueues(ctx context.Context, in *sqs.ListQueuesInput) (*sqs.ListQueuesOutput, error)\n"
	if !strings.Contains(string(src), line) {
		t.Fatalf("gen/sqstest's Server has no line %q to remove", line)
	}
	report := `{"services": [{"service": "SQS", "package": "sqs", "drift": [{"kind": "sdk-only-operation", "operation": "Unstubbed"}]}]}`
	for name, content := range map[string]string{
		"zz_generated.stubs.go": strings.Replace(string(src), line, "", 1),
		engine.DriftFile:        report,
	} {
		if err := os.MkdirAll(filepath.Join(out, "sqstest"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(out, "sqstest", name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got := checkServers(t, root, out, []string{"sqs"})["sqs"].Missing
	if want := []string{"ListQueues", "Unstubbed (drift report)"}; !slices.Equal(got, want) {
		t.Errorf("missing = %q, want %q", got, want)
	}
}
