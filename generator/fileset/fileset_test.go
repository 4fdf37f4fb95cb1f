package fileset

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func mustAdd(t *testing.T, s *Set, files ...File) {
	t.Helper()
	for _, f := range files {
		if err := s.Add(f); err != nil {
			t.Fatal(err)
		}
	}
}

func read(t *testing.T, dir, path string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, path))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestAddFormatsAndRejectsBrokenGo(t *testing.T) {
	s := New()
	mustAdd(t, s, File{Path: "p/a.go", Content: []byte("package p\nvar   x=1\n")})
	if got := string(s.Files()[0].Content); got != "package p\n\nvar x = 1\n" {
		t.Errorf("not gofmt'd: %q", got)
	}
	err := s.Add(File{Path: "p/b.go", Content: []byte("package p\nfunc {")})
	if err == nil || !strings.Contains(err.Error(), "p/b.go") {
		t.Errorf("broken Go: err = %v, want one naming p/b.go", err)
	}
	if err := s.Add(File{Path: "p/a.go", Content: []byte("package p\n")}); err == nil {
		t.Error("a path added twice was accepted")
	}
}

func TestWriteIsIdempotentAndKeepsUserFiles(t *testing.T) {
	dir := t.TempDir()
	s := New()
	mustAdd(t, s,
		File{Path: "p/zz_generated.a.go", Content: []byte("package p\n")},
		File{Path: "p/a_test.go", Content: []byte("package p\n"), UserOwned: true},
	)
	if n, _, err := s.Write(dir); err != nil || n != 3 { // two files and the manifest
		t.Fatalf("first Write = %d, %v; want 3 files written", n, err)
	}
	if n, _, err := s.Write(dir); err != nil || n != 0 {
		t.Fatalf("second Write = %d, %v; want nothing written", n, err)
	}
	const edited = "package p\n\n// the user's test\n"
	if err := os.WriteFile(filepath.Join(dir, "p/a_test.go"), []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.Write(dir); err != nil {
		t.Fatal(err)
	}
	if got := read(t, dir, "p/a_test.go"); got != edited {
		t.Errorf("a user-owned file was overwritten: %q", got)
	}
	if changes, err := s.Diff(dir); err != nil || len(changes) != 0 {
		t.Errorf("Diff after Write = %v, %v; want none (user-owned content is the user's)", changes, err)
	}
	if info, err := os.Stat(filepath.Join(dir, "p/zz_generated.a.go")); err != nil || info.Mode().Perm() != 0o644 {
		t.Errorf("generated file mode: %v, %v", info, err)
	}
}

func TestStaleAndOrphans(t *testing.T) {
	dir := t.TempDir()
	old := New()
	mustAdd(t, old,
		File{Path: "p/zz_generated.a.go", Content: []byte("package p\n")},
		File{Path: "p/zz_generated.gone.go", Content: []byte("package p\n")},
		File{Path: "p/gone_test.go", Content: []byte("package p\n"), UserOwned: true},
	)
	if _, _, err := old.Write(dir); err != nil {
		t.Fatal(err)
	}
	cur := New()
	mustAdd(t, cur, File{Path: "p/zz_generated.a.go", Content: []byte("package p\n")})
	changes, err := cur.Diff(dir)
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, c := range changes {
		kinds = append(kinds, c.Kind+" "+c.Path)
	}
	if got := strings.Join(kinds, ", "); got != "stale p/zz_generated.gone.go, different "+ManifestName {
		t.Errorf("Diff = %s", got)
	}
	orphans, err := cur.Orphans(dir)
	if err != nil || len(orphans) != 1 || orphans[0] != "p/gone_test.go" {
		t.Errorf("Orphans = %v, %v; want the user-owned p/gone_test.go", orphans, err)
	}
	if _, _, err := cur.Write(dir); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "p/zz_generated.gone.go")); !os.IsNotExist(err) {
		t.Errorf("stale generated file survived: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "p/gone_test.go")); err != nil {
		t.Errorf("an orphaned user file was deleted: %v", err)
	}
}

func TestWriteStagesEverythingFirst(t *testing.T) {
	dir := t.TempDir()
	// A file where the set needs a directory makes staging fail.
	if err := os.WriteFile(filepath.Join(dir, "blocked"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	s := New()
	mustAdd(t, s,
		File{Path: "a/zz_generated.a.go", Content: []byte("package a\n")},
		File{Path: "blocked/zz_generated.b.go", Content: []byte("package b\n")},
	)
	if _, _, err := s.Write(dir); err == nil {
		t.Fatal("Write succeeded though a directory could not be created")
	}
	entries, err := os.ReadDir(filepath.Join(dir, "a"))
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 0 {
		t.Errorf("a failed Write left files behind: %v", entries)
	}
	if _, err := os.Stat(filepath.Join(dir, ManifestName)); !os.IsNotExist(err) {
		t.Errorf("a failed Write wrote the manifest: %v", err)
	}
}

func TestPathsStayInsideTheOutput(t *testing.T) {
	for _, p := range []string{"../escape.go", "/abs/zz_generated.a.go", "p/../../escape.go", ""} {
		if err := New().Add(File{Path: p, Content: []byte("package p\n")}); err == nil {
			t.Errorf("Add(%q) accepted a path outside the output directory", p)
		}
	}

	// A tampered manifest must not make Write delete files outside dir.
	root := t.TempDir()
	dir := filepath.Join(root, "out")
	victim := filepath.Join(root, "victim.go")
	for path, content := range map[string]string{
		victim:                           "package victim\n",
		filepath.Join(dir, ManifestName): "# manifest\n0000  ../victim.go\n",
	} {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s := New()
	mustAdd(t, s, File{Path: "p/zz_generated.a.go", Content: []byte("package p\n")})
	_, _, err := s.Write(dir)
	if err == nil || !strings.Contains(err.Error(), ManifestName+":2") || !strings.Contains(err.Error(), "../victim.go") {
		t.Errorf("Write with a manifest entry outside the output: err = %v, want one naming the manifest line and the path", err)
	}
	if _, err := os.Stat(victim); err != nil {
		t.Errorf("a file outside the output directory was deleted: %v", err)
	}
	if _, err := s.Diff(dir); err == nil {
		t.Error("Diff accepted a manifest entry outside the output directory")
	}
}

// TestDeletedUserFilesStayDeleted: a skeleton is written once; one the user
// deleted is neither written again nor reported missing, while a file no
// earlier run wrote (a new operation's skeleton) is.
func TestDeletedUserFilesStayDeleted(t *testing.T) {
	dir := t.TempDir()
	s := New()
	mustAdd(t, s,
		File{Path: "p/zz_generated.a.go", Content: []byte("package p\n")},
		File{Path: "p/a_test.go", Content: []byte("package p\n"), UserOwned: true},
	)
	if _, _, err := s.Write(dir); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(dir, "p/a_test.go")); err != nil {
		t.Fatal(err)
	}
	next := New()
	mustAdd(t, next,
		File{Path: "p/zz_generated.a.go", Content: []byte("package p\n")},
		File{Path: "p/a_test.go", Content: []byte("package p\n"), UserOwned: true},
		File{Path: "p/b_test.go", Content: []byte("package p\n"), UserOwned: true},
	)
	changes, err := next.Diff(dir)
	if err != nil || len(changes) != 2 || changes[0].Path != "p/b_test.go" || changes[1].Path != ManifestName {
		t.Errorf("Diff = %v, %v; want the manifest and the new p/b_test.go only", changes, err)
	}
	if _, _, err := next.Write(dir); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "p/a_test.go")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the deleted user-owned file came back: %v", err)
	}
	if got := read(t, dir, "p/b_test.go"); got != "package p\n" {
		t.Errorf("the new user-owned file = %q", got)
	}
	if changes, err := next.Diff(dir); err != nil || len(changes) != 0 {
		t.Errorf("Diff after Write = %v, %v; want none", changes, err)
	}
}

// TestUserFilesWithoutContent: an emitter leaves out the content of a
// user-owned file it saw in the output; the file is kept, listed in the
// manifest, and never written, not even when it is gone by write time.
func TestUserFilesWithoutContent(t *testing.T) {
	dir := t.TempDir()
	first := New()
	mustAdd(t, first, File{Path: "p/a_test.go", Content: []byte("package p\n"), UserOwned: true})
	if _, _, err := first.Write(dir); err != nil {
		t.Fatal(err)
	}
	if !Exists(dir, "p/a_test.go") || Exists(dir, "p/b_test.go") || Exists(dir, "p") {
		t.Fatal("Exists: want true for the written file only, not for a missing one or a directory")
	}
	next := New()
	mustAdd(t, next,
		File{Path: "p/a_test.go", UserOwned: true, Formatted: true},
		File{Path: "p/gone_test.go", UserOwned: true, Formatted: true},
	)
	if n, _, err := next.Write(dir); err != nil || n != 1 { // the manifest only
		t.Fatalf("Write = %d, %v; want only the manifest written", n, err)
	}
	if got := read(t, dir, "p/a_test.go"); got != "package p\n" {
		t.Errorf("the kept file = %q", got)
	}
	if Exists(dir, "p/gone_test.go") {
		t.Error("a user-owned file without content was written")
	}
	if m := read(t, dir, ManifestName); !strings.Contains(m, userOwnedMark+"  p/a_test.go\n") {
		t.Errorf("the kept file is not in the manifest:\n%s", m)
	}
}
