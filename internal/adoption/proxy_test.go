package adoption

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/mod/modfile"
	"golang.org/x/mod/module"
	modzip "golang.org/x/mod/zip"
)

// releasedModules are the directories, relative to the checkout, of the
// modules a release tags: the generator (vX.Y.Z) and the runtime
// (runtime/vX.Y.Z). A directory without a go.mod is skipped, so the test
// also runs on a tree where the runtime is still part of the generator.
var releasedModules = []string{".", "runtime"}

// proxyModule is one module served by the test proxy.
type proxyModule struct {
	Path, Dir string
}

// writeProxy makes dir a GOPROXY=file:// module proxy serving each of mods
// at version, zipped from the working tree (tracked and untracked files git
// does not ignore, so uncommitted edits are what gets tested).
func writeProxy(t testing.TB, dir, version string, mods []proxyModule) {
	t.Helper()
	stamp := time.Now().UTC()
	for _, m := range mods {
		files, err := moduleFiles(m.Dir)
		if err != nil {
			t.Fatalf("listing %s: %v", m.Dir, err)
		}
		escaped, err := module.EscapePath(m.Path)
		if err != nil {
			t.Fatal(err)
		}
		vdir := filepath.Join(dir, filepath.FromSlash(escaped), "@v")
		if err := os.MkdirAll(vdir, 0o755); err != nil {
			t.Fatal(err)
		}
		var zbuf bytes.Buffer
		if err := modzip.Create(&zbuf, module.Version{Path: m.Path, Version: version}, files); err != nil {
			t.Fatalf("zipping %s@%s from %s: %v", m.Path, version, m.Dir, err)
		}
		gomod, err := os.ReadFile(filepath.Join(m.Dir, "go.mod"))
		if err != nil {
			t.Fatal(err)
		}
		info, err := json.Marshal(map[string]any{"Version": version, "Time": stamp})
		if err != nil {
			t.Fatal(err)
		}
		for name, data := range map[string][]byte{
			"list":            []byte(version + "\n"),
			version + ".info": info,
			version + ".mod":  gomod,
			version + ".zip":  zbuf.Bytes(),
		} {
			if err := os.WriteFile(filepath.Join(vdir, name), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// moduleFiles lists the files of the module rooted at dir as git sees the
// working tree, leaving out nested modules (directories with their own go.mod).
func moduleFiles(dir string) ([]modzip.File, error) {
	cmd := exec.Command("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", ".")
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("git ls-files in %s: %v: %s", dir, err, stderr.Bytes())
	}
	var rels []string
	nested := map[string]bool{}
	for _, rel := range strings.Split(strings.TrimSuffix(string(out), "\x00"), "\x00") {
		if rel == "" {
			continue
		}
		if path.Base(rel) == "go.mod" && rel != "go.mod" {
			nested[path.Dir(rel)] = true
		}
		rels = append(rels, rel)
	}
	var files []modzip.File
	for _, rel := range rels {
		if inNested(rel, nested) {
			continue
		}
		abs := filepath.Join(dir, filepath.FromSlash(rel))
		if _, err := os.Lstat(abs); os.IsNotExist(err) {
			continue // deleted in the working tree, still in the index
		}
		files = append(files, diskFile{rel: rel, abs: abs})
	}
	return files, nil
}

func inNested(rel string, nested map[string]bool) bool {
	for d := path.Dir(rel); d != "."; d = path.Dir(d) {
		if nested[d] {
			return true
		}
	}
	return false
}

// diskFile is a working-tree file as golang.org/x/mod/zip wants it.
type diskFile struct{ rel, abs string }

func (f diskFile) Path() string                 { return f.rel }
func (f diskFile) Lstat() (os.FileInfo, error)  { return os.Lstat(f.abs) }
func (f diskFile) Open() (io.ReadCloser, error) { return os.Open(f.abs) }

// modulePath reads the module path from dir/go.mod.
func modulePath(t testing.TB, dir string) string {
	t.Helper()
	f := parseGoMod(t, filepath.Join(dir, "go.mod"))
	return f.Module.Mod.Path
}

func parseGoMod(t testing.TB, file string) *modfile.File {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	f, err := modfile.Parse(file, data, nil)
	if err != nil {
		t.Fatal(err)
	}
	return f
}
