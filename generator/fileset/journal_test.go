package fileset

import (
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func setOf(t *testing.T, files map[string]string) *Set {
	t.Helper()
	s := New()
	for p, c := range files {
		mustAdd(t, s, File{Path: p, Content: []byte(c)})
	}
	return s
}

// tree reads every regular file under dir, by slash path.
func tree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestRunsShareADirectory is two //go:generate lines for different services
// into one directory: each run keeps the other's files, and a run that
// drops one of its own services deletes that service's files.
func TestRunsShareADirectory(t *testing.T) {
	dir := t.TempDir()
	sqs := setOf(t, map[string]string{"sqstest/zz_generated.a.go": "package sqstest\n"})
	both := setOf(t, map[string]string{"dynamodbtest/zz_generated.a.go": "package dynamodbtest\n", "snstest/zz_generated.a.go": "package snstest\n"})
	for _, s := range []*Set{sqs, both, sqs} {
		if _, _, err := s.Write(dir); err != nil {
			t.Fatal(err)
		}
	}
	got := tree(t, dir)
	for _, p := range []string{"sqstest/zz_generated.a.go", "dynamodbtest/zz_generated.a.go", "snstest/zz_generated.a.go"} {
		if _, ok := got[p]; !ok {
			t.Errorf("%s is gone after runs for other services: %v", p, got)
		}
	}
	for _, s := range []*Set{sqs, both} {
		if changes, err := s.Diff(dir); err != nil || len(changes) != 0 {
			t.Errorf("Diff of one of two runs = %v, %v; want none", changes, err)
		}
	}
	manifest := got[ManifestName]
	if !strings.Contains(manifest, "\nrun dynamodbtest snstest\n") || !strings.Contains(manifest, "\nrun sqstest\n") {
		t.Errorf("manifest does not record the two runs:\n%s", manifest)
	}
	// The runs' order does not change the manifest.
	if _, _, err := both.Write(dir); err != nil {
		t.Fatal(err)
	}
	if again := read(t, dir, ManifestName); again != manifest {
		t.Errorf("manifest depends on the order of the runs:\n%s\nthen\n%s", manifest, again)
	}

	// The second line loses SNS: its files go, SQS's stay.
	dynamo := setOf(t, map[string]string{"dynamodbtest/zz_generated.a.go": "package dynamodbtest\n"})
	if _, _, err := dynamo.Write(dir); err != nil {
		t.Fatal(err)
	}
	got = tree(t, dir)
	if _, ok := got["snstest/zz_generated.a.go"]; ok {
		t.Error("the dropped service's file survived")
	}
	if _, ok := got["sqstest/zz_generated.a.go"]; !ok {
		t.Error("the other run's file was deleted")
	}
}

// TestRecoverCompletesACommittedWrite replays a write killed after its
// commit point: half the renames done, the journal left.
func TestRecoverCompletesACommittedWrite(t *testing.T) {
	dir := t.TempDir()
	old := setOf(t, map[string]string{"p/zz_generated.a.go": "package p\n// old a\n", "p/zz_generated.b.go": "package p\n// old b\n", "p/zz_generated.gone.go": "package p\n"})
	if _, _, err := old.Write(dir); err != nil {
		t.Fatal(err)
	}
	cur := setOf(t, map[string]string{"p/zz_generated.a.go": "package p\n\n// new a\n", "p/zz_generated.b.go": "package p\n\n// new b\n"})
	p, err := cur.plan(dir)
	if err != nil {
		t.Fatal(err)
	}
	var ops []op
	for _, f := range append(cur.Files(), File{Path: ManifestName, Content: cur.manifest(p)}) {
		tmp, err := stage(filepath.Join(dir, filepath.FromSlash(f.Path)), f.Content)
		if err != nil {
			t.Fatal(err)
		}
		rel, _ := filepath.Rel(dir, tmp)
		ops = append(ops, op{tmp: filepath.ToSlash(rel), path: f.Path})
	}
	ops = append(ops, op{path: "p/zz_generated.gone.go"})
	if err := writeJournal(dir, ops); err != nil {
		t.Fatal(err)
	}
	if err := apply(dir, ops[:1], nil); err != nil { // killed after one rename
		t.Fatal(err)
	}
	d, err := cur.Inspect(dir)
	if err != nil || !d.Journal || len(d.Temp) != 0 {
		t.Fatalf("Inspect = %+v, %v; want the committed journal and no loose temp files", d, err)
	}
	if _, err := cur.Recover(dir); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{}
	for _, f := range cur.Files() {
		want[f.Path] = string(f.Content)
	}
	want[ManifestName] = string(cur.manifest(p))
	if got := tree(t, dir); !maps.Equal(got, want) {
		t.Errorf("after Recover the tree is not the new one:\n%v\nwant\n%v", got, want)
	}
}

// TestRecoverRemovesDebris is a write killed before its commit point: the
// old tree stays, the temporary files and strays go, and both are
// reported first.
func TestRecoverRemovesDebris(t *testing.T) {
	dir := t.TempDir()
	s := setOf(t, map[string]string{"p/zz_generated.a.go": "package p\n"})
	if _, _, err := s.Write(dir); err != nil {
		t.Fatal(err)
	}
	before := tree(t, dir)
	debris := map[string]string{"p/.awsparity-123": "half", ".awsparity-9": "x", "p/zz_generated.extra.go": "package p\n"}
	for p, c := range debris {
		if err := os.WriteFile(filepath.Join(dir, p), []byte(c), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	d, err := s.Inspect(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Lines(); !slices.Equal(got, []string{"debris\t.awsparity-9", "debris\tp/.awsparity-123", "stray\tp/zz_generated.extra.go"}) {
		t.Errorf("Inspect = %q", got)
	}
	if _, d, err := s.Write(dir); err != nil || len(d.Temp) != 2 || len(d.Stray) != 1 {
		t.Fatalf("Write reported %+v, %v; want the debris found", d, err)
	}
	if got := tree(t, dir); !maps.Equal(got, before) {
		t.Errorf("debris left:\n%v\nwant\n%v", got, before)
	}
}

// TestManifestWithoutRuns reads a manifest written before runs were
// recorded as one run owning the directories its files are in.
func TestManifestWithoutRuns(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "p"), 0o755); err != nil {
		t.Fatal(err)
	}
	for p, c := range map[string]string{
		ManifestName:              "# Files generated by awsparity\n0000  p/zz_generated.a.go\nuser-owned  p/a_test.go\n0000  zz_generated.drift.json\n",
		"p/zz_generated.a.go":     "package p\n",
		"zz_generated.drift.json": "{}\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, p), []byte(c), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	runs, err := readManifest(dir)
	if err != nil || len(runs) != 1 || !slices.Equal(runs[0].dirs, []string{".", "p"}) || len(runs[0].entries) != 3 {
		t.Fatalf("readManifest = %+v, %v; want one run owning . and p", runs, err)
	}
	// A run for another directory keeps it; one for p replaces it, with
	// the file directly in the output directory.
	q := setOf(t, map[string]string{"q/zz_generated.a.go": "package q\n"})
	if _, _, err := q.Write(dir); err != nil {
		t.Fatal(err)
	}
	if m := read(t, dir, ManifestName); !strings.Contains(m, "run . p\n") || !strings.Contains(m, "run q\n") {
		t.Errorf("manifest after a run for q:\n%s", m)
	}
	p := setOf(t, map[string]string{"p/zz_generated.a.go": "package p\n"})
	if _, _, err := p.Write(dir); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "zz_generated.drift.json")); !os.IsNotExist(err) {
		t.Errorf("the old run's top-level file survived the run replacing it: %v", err)
	}
}
