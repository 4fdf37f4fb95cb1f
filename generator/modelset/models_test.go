package modelset

import (
	"bytes"
	"compress/gzip"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/awsparity/awsparity/internal/testenv"
	"github.com/awsparity/awsparity/models"
)

// writeTree creates files under dir, gzipped when the name ends in .gz.
func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		data := []byte(content)
		if strings.HasSuffix(name, ".gz") {
			var buf bytes.Buffer
			zw := gzip.NewWriter(&buf)
			if _, err := zw.Write(data); err != nil {
				t.Fatal(err)
			}
			if err := zw.Close(); err != nil {
				t.Fatal(err)
			}
			data = buf.Bytes()
		}
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestSyncBotocoreLayouts(t *testing.T) {
	src, dst := t.TempDir(), t.TempDir()
	writeTree(t, src, map[string]string{
		// botocore: gzipped, several API versions, waiters but no paginators.
		"alpha/2011-01-01/service-2.json":    `{"old": true}`,
		"alpha/2012-01-01/service-2.json.gz": `{"new": true}`,
		"alpha/2012-01-01/waiters-2.json.gz": `{"waiters": {}}`,
		"alpha/2012-01-01/docs-2.json":       `{"not": "synced"}`,
		// aws-sdk-go v1: api-2.json.
		"beta/2015-01-01/api-2.json":        `{"beta": true}`,
		"beta/2015-01-01/paginators-1.json": `{"pagination": {}}`,
	})
	writeTree(t, dst, map[string]string{
		"gone/2010-01-01/service-2.json": `{}`, // a service no longer in the list
		"models.go":                      "package models\n",
	})

	m, err := Sync(Source{Name: "botocore", Version: "9.9.9", Dir: src}, []string{"beta", "alpha"}, dst)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"alpha/2012-01-01/service-2.json":   `{"new": true}`,
		"alpha/2012-01-01/waiters-2.json":   `{"waiters": {}}`,
		"beta/2015-01-01/service-2.json":    `{"beta": true}`,
		"beta/2015-01-01/paginators-1.json": `{"pagination": {}}`,
	}
	got := map[string]string{}
	err = filepath.WalkDir(dst, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(dst, path)
		if err != nil {
			return err
		}
		if rel == ManifestName || rel == "models.go" {
			return nil
		}
		data, err := os.ReadFile(path)
		got[filepath.ToSlash(rel)] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("synced files, gunzipped, newest version only, old services gone (-want +got):\n%s", diff)
	}
	if _, err := os.Stat(filepath.Join(dst, "models.go")); err != nil {
		t.Errorf("sync removed the package's Go file: %v", err)
	}

	read, err := ReadManifest(os.DirFS(dst))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(m, read, cmpopts.IgnoreUnexported(Manifest{})); diff != "" {
		t.Errorf("manifest on disk differs from the one returned (-returned +read):\n%s", diff)
	}
	if read.Source != "botocore" || read.Version != "9.9.9" || !cmp.Equal(read.Services, []string{"alpha", "beta"}) || len(read.Files) != len(want) {
		t.Errorf("manifest = %+v; want botocore 9.9.9, services alpha and beta, %d files", read, len(want))
	}
	if err := read.Verify(os.DirFS(dst)); err != nil {
		t.Errorf("Verify after Sync: %v", err)
	}
	tampered := filepath.Join(dst, "beta", "2015-01-01", "service-2.json")
	if err := os.WriteFile(tampered, []byte(`{"beta": false}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := read.Verify(os.DirFS(dst)); err == nil || !strings.Contains(err.Error(), "beta/2015-01-01/service-2.json") {
		t.Errorf("Verify of an edited file: err = %v, want one naming it", err)
	}
}

func TestSyncMissingServiceChangesNothing(t *testing.T) {
	src, dst := t.TempDir(), t.TempDir()
	writeTree(t, src, map[string]string{"alpha/2012-01-01/service-2.json": `{}`})
	writeTree(t, dst, map[string]string{"alpha/2011-01-01/service-2.json": `{"kept": true}`})
	_, err := Sync(Source{Name: "botocore", Dir: src}, []string{"alpha", "nosuch"}, dst)
	if err == nil || !strings.Contains(err.Error(), "nosuch") || !strings.Contains(err.Error(), src) {
		t.Fatalf("Sync with a missing service: err = %v, want one naming it and the source", err)
	}
	if data, err := os.ReadFile(filepath.Join(dst, "alpha", "2011-01-01", "service-2.json")); err != nil || string(data) != `{"kept": true}` {
		t.Errorf("a failed Sync changed the models directory: %q, %v", data, err)
	}
}

// TestEmbeddedModelsReproduce re-runs the sync that produced models/ from
// the installed botocore, when it is the version the manifest names, and
// expects the same bytes: the default models are reproducible with one
// command (go run ./internal/cmd/maint models-sync -source botocore).
func TestEmbeddedModelsReproduce(t *testing.T) {
	embedded, err := ReadManifest(models.FS)
	if err != nil {
		t.Fatal(err)
	}
	if embedded.Source != "botocore" {
		t.Skipf("models/ was synced from %s, not botocore", embedded.Source)
	}
	if _, err := exec.LookPath("python3"); err != nil {
		testenv.Missing(t, "python3 not installed: cannot locate botocore")
	}
	src, err := Botocore()
	if err != nil {
		testenv.Missing(t, "botocore not installed: %v", err)
	}
	if src.Version != embedded.Version {
		testenv.Missing(t, "installed botocore is %s, models/ is from %s", src.Version, embedded.Version)
	}
	dst := t.TempDir()
	synced, err := Sync(src, embedded.Services, dst)
	if err != nil {
		t.Fatal(err)
	}
	// The manifest holds every file's sha256: equal manifests, equal files.
	if diff := cmp.Diff(embedded, synced, cmpopts.IgnoreUnexported(Manifest{})); diff != "" {
		t.Errorf("a fresh sync from botocore %s gives another manifest (-models/ +fresh):\n%s", src.Version, diff)
	}
	manifest, err := fs.ReadFile(models.FS, ManifestName)
	if err != nil {
		t.Fatal(err)
	}
	fresh, err := os.ReadFile(filepath.Join(dst, ManifestName))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(manifest, fresh) {
		t.Errorf("models/%s is not byte-identical to a fresh sync's", ManifestName)
	}
	if err := embedded.Verify(models.FS); err != nil {
		t.Errorf("embedded models: %v", err)
	}
}
