// Package modelset keeps the default model set: a manifest of which services
// are in it, where each file came from (source, version, sha256), and the
// sync that refreshes the files from a source anyone can reproduce.
package modelset

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"
)

// ManifestName is the manifest's file name inside the models directory.
const ManifestName = "manifest.json"

// Manifest records the default model set.
type Manifest struct {
	// Source names where the files came from: "botocore", "aws-sdk-go", or an upstream URL.
	Source string `json:"source"`
	// Version is the source's version (botocore release, module version, or git tag).
	Version string `json:"version"`
	// Services are the directory names synced, e.g. "sqs", "logs".
	Services []string `json:"services"`
	Files    []File   `json:"files"`

	// sums indexes Files by path, for Check; ReadManifest fills it.
	sums map[string]string
}

// File is one model file with its checksum.
type File struct {
	Path   string `json:"path"` // slash-separated, relative to the models directory
	SHA256 string `json:"sha256"`
}

// ReadManifest reads dir/manifest.json from fsys.
func ReadManifest(fsys fs.FS) (*Manifest, error) {
	data, err := fs.ReadFile(fsys, ManifestName)
	if err != nil {
		return nil, err
	}
	var m Manifest
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("%s: %w", ManifestName, err)
	}
	m.sums = make(map[string]string, len(m.Files))
	for _, f := range m.Files {
		m.sums[f.Path] = f.SHA256
	}
	return &m, nil
}

// Verify checks every file of the manifest against its checksum.
func (m *Manifest) Verify(fsys fs.FS) error {
	for _, f := range m.Files {
		data, err := fs.ReadFile(fsys, f.Path)
		if err != nil {
			return fmt.Errorf("%s: %w", ManifestName, err)
		}
		if err := m.Check(f.Path, data); err != nil {
			return err
		}
	}
	return nil
}

// Check checks the content of the file at p (slash-separated, relative to
// the models directory) against the manifest's checksum; a file the
// manifest does not list is an error too.
func (m *Manifest) Check(p string, data []byte) error {
	want, ok := m.sums[p]
	if m.sums == nil {
		i := slices.IndexFunc(m.Files, func(f File) bool { return f.Path == p })
		if ok = i >= 0; ok {
			want = m.Files[i].SHA256
		}
	}
	if !ok {
		return fmt.Errorf("%s: %s is not listed", ManifestName, p)
	}
	if got := sum(data); got != want {
		return fmt.Errorf("%s: %s has sha256 %s, manifest says %s", ManifestName, p, got, want)
	}
	return nil
}

// Source is a botocore-layout data directory: <service>/<version>/service-2.json[.gz]
// (botocore's data dir) or <service>/<version>/api-2.json (aws-sdk-go's models/apis).
type Source struct {
	Name    string
	Version string
	Dir     string
}

// modelFiles are the files synced per service, in botocore's names; aws-sdk-go
// names the service file api-2.json.
var modelFiles = []string{"service-2.json", "waiters-2.json", "paginators-1.json"}

// Sync replaces the model files under dst with the newest API version of
// each service in services taken from src, and writes the manifest. It
// stages everything in memory first, so a missing service leaves dst as it was.
func Sync(src Source, services []string, dst string) (*Manifest, error) {
	m := &Manifest{Source: src.Name, Version: src.Version, Services: append([]string(nil), services...)}
	sort.Strings(m.Services)
	staged := map[string][]byte{}
	for _, svc := range m.Services {
		version, err := newestVersion(filepath.Join(src.Dir, svc))
		if err != nil {
			return nil, fmt.Errorf("service %s in %s: %w", svc, src.Dir, err)
		}
		for _, name := range modelFiles {
			data, err := readMaybeGz(filepath.Join(src.Dir, svc, version), name)
			if errors.Is(err, fs.ErrNotExist) && name != "service-2.json" {
				continue // not every service has waiters or paginators
			}
			if err != nil {
				return nil, err
			}
			p := path.Join(svc, version, name)
			staged[p] = data
			m.Files = append(m.Files, File{Path: p, SHA256: sum(data)})
		}
	}
	return m, write(m, staged, dst)
}

// newestVersion returns the lexically greatest API version directory that
// holds a service model (API versions are dates).
func newestVersion(dir string) (string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return "", err
	}
	for i := len(entries) - 1; i >= 0; i-- {
		if !entries[i].IsDir() {
			continue
		}
		if _, err := readMaybeGz(filepath.Join(dir, entries[i].Name()), "service-2.json"); err == nil {
			return entries[i].Name(), nil
		}
	}
	return "", fmt.Errorf("no API version with a service model")
}

// readMaybeGz reads name, name.gz, or (for aws-sdk-go's layout) api-2.json in
// place of service-2.json, returning plain JSON.
func readMaybeGz(dir, name string) ([]byte, error) {
	candidates := []string{name, name + ".gz"}
	if name == "service-2.json" {
		candidates = append(candidates, "api-2.json")
	}
	for _, c := range candidates {
		data, err := os.ReadFile(filepath.Join(dir, c))
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil || !strings.HasSuffix(c, ".gz") {
			return data, err
		}
		zr, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", filepath.Join(dir, c), err)
		}
		return io.ReadAll(zr)
	}
	return nil, fmt.Errorf("%s: %w", filepath.Join(dir, name), fs.ErrNotExist)
}

// removeServiceDirs deletes the service directories of a models dir, keeping
// its Go files and README, so services dropped from the list disappear.
func removeServiceDirs(dst string) error {
	entries, err := os.ReadDir(dst)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if e.IsDir() {
			if err := os.RemoveAll(filepath.Join(dst, e.Name())); err != nil {
				return err
			}
		}
	}
	return nil
}

func sum(data []byte) string {
	h := sha256.Sum256(data)
	return hex.EncodeToString(h[:])
}
