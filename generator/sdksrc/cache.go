package sdksrc

import (
	"encoding/gob"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Load returns the parsed module m, from cacheDir when a previous run
// stored it there. Module versions are immutable, so module@version (plus
// FormatVersion) is a sufficient key; a module without a version (a local
// replacement) is always parsed. cacheDir "" disables the cache.
func Load(m Module, cacheDir string) (*Package, error) {
	path := cachePath(m, cacheDir)
	if path != "" {
		if pkg, err := readCache(path); err == nil {
			return pkg, nil
		}
		// A missing or unreadable entry is rebuilt below; a corrupt one is
		// overwritten, so there is nothing worth reporting here.
	}
	pkg, err := Parse(m.Dir, m.Path, m.Version)
	if err != nil {
		return nil, err
	}
	if path != "" {
		// The cache only saves the next run a parse: a read-only or full
		// cache directory must not fail generation, which already has what
		// it needs.
		_ = writeCache(path, pkg)
	}
	return pkg, nil
}

func cachePath(m Module, cacheDir string) string {
	if cacheDir == "" || m.Version == "" {
		return ""
	}
	name := strings.ReplaceAll(m.Path, "/", "!") + "@" + m.Version + ".gob"
	return filepath.Join(cacheDir, fmt.Sprintf("sdksrc-v%d", FormatVersion), name)
}

func readCache(path string) (*Package, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var pkg Package
	if err := gob.NewDecoder(f).Decode(&pkg); err != nil {
		return nil, err
	}
	return &pkg, nil
}

// writeCache writes through a temporary file and a rename so that a
// concurrent reader never sees half an entry.
func writeCache(path string, pkg *Package) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("sdksrc: cache: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".tmp-*")
	if err != nil {
		return fmt.Errorf("sdksrc: cache: %w", err)
	}
	defer os.Remove(tmp.Name())
	if err := gob.NewEncoder(tmp).Encode(pkg); err != nil {
		tmp.Close()
		return fmt.Errorf("sdksrc: cache %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("sdksrc: cache %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("sdksrc: cache %s: %w", path, err)
	}
	return nil
}
