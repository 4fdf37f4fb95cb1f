package engine

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"

	"golang.org/x/mod/modfile"

	"github.com/awsparity/awsparity/generator/fileset"
)

// The no-op cache lets a regeneration whose inputs did not change skip
// loading, emitting and formatting. Its key hashes everything the output
// depends on: the model files' bytes, the go.mod that pins the SDK modules
// (module versions are immutable, so their source cannot change under an
// unchanged go.mod), the generator itself, and the options. A stamp per
// output directory, kept in the user cache directory (never in the output,
// where it would churn commits), holds the key and the sha256 of every file
// the run left, so a hand-edited or deleted output file is noticed and
// regenerated (or, with -check, reported).

// cacheFormat changes whenever the stamp format or key recipe does.
const cacheFormat = "awsparity no-op cache v1"

// awsparityModule is this generator's module path, found in build info.
const awsparityModule = "github.com/awsparity/awsparity"

// stamp is what a run that left out current recorded.
type stamp struct {
	Key      string
	Services int
	// Count is the number of generated files (the manifest aside).
	Count int
	// Summary is the drift summary, repeated on a no-op run.
	Summary string
	// Files maps each output path (slash-separated, relative to out) to its
	// sha256; "" for user-owned files, whose content is the user's.
	Files map[string]string
}

// noop is the cache entry of one run; a nil *noop is a disabled cache.
type noop struct {
	path, key string
}

// openNoop computes the key for opts (whose ModuleDir is resolved) and
// locates the stamp of opts.Out. It returns nil, and why, when the run's
// inputs cannot be pinned down: a go.mod replacing a module by a local
// directory (whose source may change with go.mod unchanged), or no cache
// directory.
func openNoop(opts Options) (*noop, string, error) {
	root, err := cacheRoot(opts.CacheDir)
	if err != nil {
		return nil, "no cache directory: " + err.Error(), nil
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s\n", cacheFormat)
	if err := hashGenerator(h); err != nil {
		return nil, "", err
	}
	gomod := filepath.Join(opts.ModuleDir, "go.mod")
	data, err := os.ReadFile(gomod)
	if err != nil {
		return nil, "", err
	}
	mf, err := modfile.Parse(gomod, data, nil)
	if err != nil {
		return nil, "", err
	}
	for _, r := range mf.Replace {
		if r.New.Version == "" {
			return nil, fmt.Sprintf("%s replaces %s by the directory %s", gomod, r.Old.Path, r.New.Path), nil
		}
	}
	hashBytes(h, "go.mod", data)
	if work, ok := goWork(opts.ModuleDir); ok {
		return nil, "a go.work file (" + work + ") takes part in choosing module versions", nil
	}
	out, err := filepath.Abs(opts.Out)
	if err != nil {
		return nil, "", err
	}
	if opts.Emitters != nil {
		// Functions cannot be hashed.
		return nil, "the emitters are the caller's", nil
	}
	options, err := json.Marshal(struct {
		Models, Services                    []string
		Out, ModuleDir, Templates, Fixtures string
		NoSkeletons                         bool
	}{opts.Models, opts.Services, out, opts.ModuleDir, opts.Templates, opts.Fixtures, opts.NoSkeletons})
	if err != nil {
		return nil, "", err
	}
	hashBytes(h, "options", options)
	for _, m := range opts.Models {
		if err := hashFiles(h, m, ".json", ".json.gz"); err != nil {
			return nil, "", err
		}
	}
	if opts.Templates != "" {
		if err := hashFiles(h, opts.Templates, ".tmpl"); err != nil {
			return nil, "", err
		}
	}
	if opts.Fixtures != "" {
		if err := hashFile(h, "fixtures", opts.Fixtures); err != nil {
			return nil, "", err
		}
	}
	dir := sha256.Sum256([]byte(out))
	return &noop{
		path: filepath.Join(root, "noop", hex.EncodeToString(dir[:16])+".json"),
		key:  hex.EncodeToString(h.Sum(nil)),
	}, "", nil
}

// cacheRoot is dir, or os.UserCacheDir()/awsparity.
func cacheRoot(dir string) (string, error) {
	if dir != "" {
		return dir, nil
	}
	base, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(base, "awsparity"), nil
}

// goWork reports a go.work that the go command would use for moduleDir.
func goWork(moduleDir string) (string, bool) {
	switch env := os.Getenv("GOWORK"); env {
	case "off":
		return "", false
	case "":
	default:
		return env, true
	}
	for d := moduleDir; ; d = filepath.Dir(d) {
		if p := filepath.Join(d, "go.work"); fileExists(p) {
			return p, true
		}
		if filepath.Dir(d) == d {
			return "", false
		}
	}
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// hashGenerator identifies the running generator: its released module
// version when it has one (a user's `go run …/cmd/gen`), otherwise (a
// development build, possibly with uncommitted changes) the executable's
// bytes, which also cover the embedded default models and overrides.
func hashGenerator(h hash.Hash) error {
	fmt.Fprintf(h, "go %s\n", runtime.Version())
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, m := range append([]*debug.Module{&info.Main}, info.Deps...) {
			if m.Path == awsparityModule && released(m.Version) && m.Replace == nil {
				fmt.Fprintf(h, "generator %s %s\n", m.Version, m.Sum)
				return nil
			}
		}
	}
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	return hashFile(h, "generator", exe)
}

// released tells a version that names fixed source: not a development
// build, not one stamped from a checkout with uncommitted changes.
func released(v string) bool {
	return v != "" && v != "(devel)" && !strings.HasSuffix(v, "+dirty")
}

// hashFiles hashes path as the loaders read it: a named file, or every file
// under a directory whose name ends in one of suffixes.
func hashFiles(h hash.Hash, path string, suffixes ...string) error {
	info, err := os.Stat(path)
	if err != nil {
		return err
	}
	if !info.IsDir() {
		return hashFile(h, path, path)
	}
	return filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		for _, s := range suffixes {
			if strings.HasSuffix(p, s) {
				return hashFile(h, p, p)
			}
		}
		return nil
	})
}

// hashFile adds name and the file's content, length-prefixed so that no
// two inputs hash alike by running together.
func hashFile(h hash.Hash, name, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return err
	}
	fmt.Fprintf(h, "%s %d\n", name, info.Size())
	_, err = io.Copy(h, f)
	return err
}

func hashBytes(h hash.Hash, name string, data []byte) {
	fmt.Fprintf(h, "%s %d\n", name, len(data))
	h.Write(data)
}

// lookup returns the stamp when its key matches and every file it lists is
// on disk under out with the recorded content; otherwise nil and why not.
func (n *noop) lookup(out string) (*stamp, string) {
	if n == nil {
		return nil, "disabled"
	}
	// An interrupted write is completed (or its debris reported) by a
	// full run only.
	if d, err := fileset.New().Inspect(out); err != nil || !d.Empty() {
		return nil, "an interrupted run left debris in " + out
	}
	data, err := os.ReadFile(n.path)
	if err != nil {
		return nil, "no previous run into " + out
	}
	var s stamp
	if json.Unmarshal(data, &s) != nil || s.Key != n.key {
		return nil, "models, go.mod, generator or options changed"
	}
	for _, p := range slices.Sorted(maps.Keys(s.Files)) {
		content, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(p)))
		if err != nil {
			return nil, p + " is missing"
		}
		if sum := s.Files[p]; sum != "" && sum != sha256Hex(content) {
			return nil, p + " was edited"
		}
	}
	return &s, ""
}

// save records that out now holds set (and the manifest Write put beside
// it), written through a temporary file so a concurrent run never reads
// half a stamp.
func (n *noop) save(out string, set *fileset.Set, services int, summary string) error {
	if n == nil {
		return nil
	}
	s := stamp{Key: n.key, Services: services, Count: set.Len(), Summary: summary, Files: map[string]string{}}
	for _, f := range set.Files() {
		if f.UserOwned {
			s.Files[f.Path] = ""
			continue
		}
		s.Files[f.Path] = sha256Hex(f.Content)
	}
	manifest, err := os.ReadFile(filepath.Join(out, fileset.ManifestName))
	if err != nil {
		return err
	}
	s.Files[fileset.ManifestName] = sha256Hex(manifest)
	data, err := json.Marshal(s)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(n.path), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(n.path), ".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	_, werr := tmp.Write(data)
	if cerr := tmp.Close(); werr == nil {
		werr = cerr
	}
	if werr != nil {
		return werr
	}
	return os.Rename(tmp.Name(), n.path)
}

func sha256Hex(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}
