package skeletons_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/awsparity/awsparity/generator/emit"
	"github.com/awsparity/awsparity/generator/emit/skeletons"
	"github.com/awsparity/awsparity/templates"
)

func templateDir(t *testing.T, skeleton string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, templates.Skeleton), []byte(skeleton), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestOverride: a directory's skeleton template replaces the embedded one;
// the wiring template it lacks stays the embedded one.
func TestOverride(t *testing.T) {
	dir := templateDir(t, "package {{.Package}}\n\n// {{.Test}} is mine: {{.Operation}} via {{.Method}}.\n")
	tmpl, err := skeletons.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	files, err := emitSkeletons(t, sqs(t), tmpl)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		src := string(f.Content)
		switch f.Path {
		case "sqstest/list_queues_test.go":
			if want := "// TestListQueues is mine: ListQueues via ListQueues.\n"; !strings.Contains(src, want) {
				t.Errorf("%s does not come from the override:\n%s", f.Path, src)
			}
		case "sqstest/" + skeletons.ClientFile:
			if !strings.Contains(src, "func newClient(t testing.TB) *sqs.Client") {
				t.Errorf("%s does not come from the embedded template:\n%s", f.Path, src)
			}
		}
	}
}

// TestTemplateErrors: every failure names the template file and its line,
// and emits nothing.
func TestTemplateErrors(t *testing.T) {
	cases := []struct {
		name, src string
		want      []string
	}{
		{"parse", "package x\n\n{{end}}\n// more\n", []string{templates.Skeleton + ":3", "unexpected {{end}}"}},
		{"unknown field", "package x\n// {{.Test}}\n// {{.NoSuchField}}\n", []string{templates.Skeleton + ":3", "NoSuchField", "SQS "}},
		{"invalid Go", "package x\n\nfunc {{.Test}}( {\n", []string{templates.Skeleton, "rendered invalid Go", "SQS "}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := templateDir(t, c.src)
			tmpl, err := skeletons.Load(dir)
			var files any
			if err == nil {
				files, err = emitSkeletons(t, sqs(t), tmpl)
			}
			if err == nil {
				t.Fatalf("no error; files %v", files)
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
			if !strings.Contains(err.Error(), dir) {
				t.Errorf("error %q does not name the template's directory %s", err, dir)
			}
		})
	}
}

func TestLoadMissingDir(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nope")
	if _, err := skeletons.Load(missing); err == nil || !strings.Contains(err.Error(), missing) {
		t.Errorf("Load(%s) = %v, want an error naming it", missing, err)
	}
}

// TestNoImportPathNoSkeletons: outside a Go module there is no helper
// package to import, so there are no skeletons (and no error).
func TestNoImportPathNoSkeletons(t *testing.T) {
	files, err := skeletons.Emitter(nil)(&emit.Input{Service: sqs(t)})
	if err != nil || len(files) != 0 {
		t.Errorf("without an import path: %d files, err %v; want none", len(files), err)
	}
}
