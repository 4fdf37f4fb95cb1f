// Package gogenerate proves the one line a user adds to their repository:
// examples/gogenerate is a separate module with its own go.mod, and
// `go generate ./...` there must reproduce its committed helpers with the
// SDK versions of that go.mod, which then build, vet and pass their tests.
package gogenerate

import (
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestUserModuleGoGenerate(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a separate module; skipped with -short")
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	example := filepath.Join(root, "examples", "gogenerate")
	work := t.TempDir()
	committed := copyTree(t, example, work)

	// A user's module requires released modules; this one points at the checkout.
	goCmd(t, work, "mod", "edit", "-replace", "github.com/awsparity/awsparity="+root,
		"-replace", "github.com/awsparity/awsparity/runtime="+filepath.Join(root, "runtime"))
	for path := range committed {
		if strings.Contains(path, "zz_generated.") {
			if err := os.Remove(filepath.Join(work, path)); err != nil {
				t.Fatal(err)
			}
		}
	}
	goCmd(t, work, "generate", "./...")

	regenerated := 0
	for path, want := range committed {
		if !strings.Contains(path, "zz_generated.") {
			continue
		}
		got, err := os.ReadFile(filepath.Join(work, path))
		if err != nil {
			t.Errorf("go generate did not recreate %s: %v", path, err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("go generate produced a different %s than the committed one; run go generate ./... in examples/gogenerate", path)
		}
		regenerated++
	}
	if regenerated < 4 {
		t.Fatalf("only %d generated files in the example; want stubs and fixtures for sqs and dynamodb", regenerated)
	}
	goCmd(t, work, "vet", "./...")
	out := goCmd(t, work, "test", "-count=1", "-v", "./...")
	if !strings.Contains(out, "--- PASS: TestSendMessage") || !strings.Contains(out, "target: in-process") {
		t.Errorf("the example test did not run in-process and pass:\n%s", out)
	}
}

// TestReadmeShowsTheExampleLine keeps the README honest: the go:generate
// line it tells users to add is the example's, which the test above runs.
func TestReadmeShowsTheExampleLine(t *testing.T) {
	src, err := os.ReadFile("../../examples/gogenerate/awstest/generate.go")
	if err != nil {
		t.Fatal(err)
	}
	var line string
	for l := range strings.Lines(string(src)) {
		if strings.HasPrefix(l, "//go:generate ") {
			line = strings.TrimSpace(l)
		}
	}
	if !strings.Contains(line, " -services ") || !strings.Contains(line, " -out ") {
		t.Fatalf("examples/gogenerate/awstest/generate.go: go:generate line %q lacks -services or -out", line)
	}
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(readme), "\n"+line+"\n") {
		t.Errorf("README.md does not show the example's line on its own:\n%s", line)
	}
}

// copyTree copies src to dst and returns the copied files' contents by
// slash-separated relative path.
func copyTree(t *testing.T, src, dst string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		files[filepath.ToSlash(rel)] = data
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func goCmd(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	// In-process: the example must not need an emulator or credentials.
	cmd.Env = append(os.Environ(), "TEST_TARGET=IN_PROCESS", "GOFLAGS=-mod=mod")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go %s in %s: %v\n%s", strings.Join(args, " "), dir, err, out)
	}
	return string(out)
}
