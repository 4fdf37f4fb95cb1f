// Package load finds AWS service models on disk, detects their format
// (Smithy JSON AST or botocore JSON) and loads them into the IR in parallel.
package load

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/generator/load/botocore"
	"github.com/awsparity/awsparity/generator/load/internal/modelfile"
	"github.com/awsparity/awsparity/generator/load/smithy"
)

// Paths loads the models at paths, each a file or a directory walked
// recursively, and returns their services sorted by SDKID.
//
// In directories, .json and .json.gz files are loaded when their content is
// a Smithy JSON AST (a top-level "smithy" key) or a botocore service model
// ("metadata" and "operations"); other JSON (endpoints.json, _retry.json) is
// skipped, as are waiters, paginators, docs, examples and endpoint rule
// files, which the botocore loader reads beside their service file. When a
// botocore service directory holds several API versions, only the newest is
// loaded, as botocore itself does. A file named directly must be a model.
//
// Two services with the same SDKID are an error naming both files. Errors are
// *ir.Error values (joined when several files fail); on error no services are
// returned.
func Paths(paths []string) ([]*ir.Service, error) {
	files, err := collect(paths)
	if err != nil {
		return nil, err
	}
	return loadFiles(files)
}

// parallel runs f(0) … f(n-1) on GOMAXPROCS goroutines.
func parallel(n int, f func(i int)) {
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Go(func() {
			for i := range jobs {
				f(i)
			}
		})
	}
	for i := range n {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
}

// loadFiles loads files in parallel; see Paths.
func loadFiles(files []file) ([]*ir.Service, error) {
	results := make([]result, len(files))
	parallel(len(files), func(i int) { results[i] = loadFile(files[i]) })

	var (
		errs []error
		svcs []*ir.Service
	)
	for _, r := range results {
		if r.err != nil {
			errs = append(errs, r.err)
		}
		svcs = append(svcs, r.svcs...)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	slices.SortStableFunc(svcs, func(x, y *ir.Service) int { return strings.Compare(x.SDKID, y.SDKID) })
	return dedupe(svcs)
}

// dedupe drops services loaded from a byte-identical copy of an earlier
// file (botocore ships sms-voice as an alias of pinpoint-sms-voice) and
// reports any other two services with one SDKID. svcs is sorted by SDKID,
// then by file.
func dedupe(svcs []*ir.Service) ([]*ir.Service, error) {
	out := svcs[:0]
	for i, svc := range svcs {
		if i == 0 || svc.SDKID != out[len(out)-1].SDKID {
			out = append(out, svc)
			continue
		}
		prev := out[len(out)-1]
		same := false
		if prev.Source != svc.Source {
			var err error
			if same, err = sameContent(prev.Source, svc.Source); err != nil {
				return nil, err
			}
		}
		if !same {
			return nil, &ir.Error{File: svc.Source,
				Msg: fmt.Sprintf("service %q is also defined, differently, in %s", svc.SDKID, prev.Source)}
		}
	}
	return out, nil
}

func sameContent(a, b string) (bool, error) {
	da, err := modelfile.ReadFile(a)
	if err != nil {
		return false, err
	}
	db, err := modelfile.ReadFile(b)
	if err != nil {
		return false, err
	}
	return bytes.Equal(da, db), nil
}

// file is a candidate model file; explicit files were named by the caller
// and must be models.
type file struct {
	path     string
	explicit bool
}

type result struct {
	svcs []*ir.Service
	err  error
}

// companion matches the files that accompany a model rather than being one.
var companion = regexp.MustCompile(`^(waiters-2|paginators-1|docs-2|endpoint-rule-set-1|endpoint-tests-1|examples-1|smoke-2)\.json$|\.sdk-extras\.json$`)

// apiVersion matches botocore's API version directory names.
var apiVersion = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

func collect(paths []string) ([]file, error) {
	var files []file
	seen := make(map[string]bool)
	add := func(f file) {
		if !seen[f.path] {
			seen[f.path] = true
			files = append(files, f)
		}
	}
	for _, root := range paths {
		info, err := os.Stat(root)
		if err != nil {
			return nil, modelfile.FileError(root, err)
		}
		if !info.IsDir() {
			add(file{path: filepath.Clean(root), explicit: true})
			continue
		}
		var walked []string
		err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return modelfile.FileError(path, err)
			}
			base := strings.TrimSuffix(d.Name(), ".gz")
			if !d.IsDir() && strings.HasSuffix(base, ".json") && !companion.MatchString(base) {
				walked = append(walked, path)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		for _, p := range newestVersions(walked) {
			add(file{path: p})
		}
	}
	return files, nil
}

// newestVersions drops the service files of older API versions: botocore
// keeps <svc>/<version>/service-2.json for retired APIs (dynamodb
// 2011-12-05 beside 2012-08-10) under the same serviceId.
func newestVersions(paths []string) []string {
	newest := make(map[string]string) // service dir → newest version dir
	for _, p := range paths {
		if svcDir, version, ok := versioned(p); ok && version > newest[svcDir] {
			newest[svcDir] = version
		}
	}
	return slices.DeleteFunc(paths, func(p string) bool {
		svcDir, version, ok := versioned(p)
		return ok && version != newest[svcDir]
	})
}

// versioned splits <svc>/<version>/service-2.json (or api-2.json).
func versioned(path string) (svcDir, version string, ok bool) {
	base := strings.TrimSuffix(filepath.Base(path), ".gz")
	if base != "service-2.json" && base != "api-2.json" {
		return "", "", false
	}
	dir := filepath.Dir(path)
	version = filepath.Base(dir)
	return filepath.Dir(dir), version, apiVersion.MatchString(version)
}

func loadFile(f file) result {
	format, err := sniff(f.path)
	switch {
	case err != nil:
		return result{err: err}
	case format == formatSmithy:
		svcs, err := smithy.LoadFile(f.path)
		return result{svcs: svcs, err: err}
	case format == formatBotocore:
		svc, err := botocore.LoadFile(f.path)
		if err != nil {
			return result{err: err}
		}
		return result{svcs: []*ir.Service{svc}}
	case f.explicit:
		return result{err: &ir.Error{File: f.path, Msg: "not a Smithy JSON AST or botocore service model"}}
	}
	return result{}
}

type format int

const (
	formatNone format = iota
	formatSmithy
	formatBotocore
)

// sniffSize is how much of a file sniff reads first: the format-deciding
// keys come first in every AWS model, so reading whole files twice is rare.
const sniffSize = 64 << 10

// sniff decides a file's format from its top-level keys.
func sniff(path string) (format, error) {
	prefix, complete, err := readPrefix(path, sniffSize)
	if err != nil {
		return formatNone, err
	}
	f := formatOf(modelfile.TopLevelKeys(prefix))
	if f == formatNone && !complete {
		data, err := modelfile.ReadFile(path)
		if err != nil {
			return formatNone, err
		}
		f = formatOf(modelfile.TopLevelKeys(data))
	}
	return f, nil
}

func formatOf(keys []string) format {
	if slices.Contains(keys, "smithy") {
		return formatSmithy
	}
	if slices.Contains(keys, "metadata") && slices.Contains(keys, "operations") {
		return formatBotocore
	}
	return formatNone
}

// readPrefix returns up to n bytes of the (gunzipped) file and whether that
// is all of it.
func readPrefix(path string, n int) ([]byte, bool, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, false, modelfile.FileError(path, err)
	}
	defer fh.Close()
	var r io.Reader = fh
	buf := make([]byte, n)
	m, err := io.ReadFull(fh, buf[:2])
	if err == nil && bytes.Equal(buf[:2], []byte{0x1f, 0x8b}) {
		if _, err := fh.Seek(0, io.SeekStart); err != nil {
			return nil, false, modelfile.FileError(path, err)
		}
		zr, err := gzip.NewReader(fh)
		if err != nil {
			return nil, false, &ir.Error{File: path, Msg: "bad gzip data: " + err.Error()}
		}
		r, m = zr, 0
	}
	k, err := io.ReadFull(r, buf[m:])
	switch {
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return buf[:m+k], true, nil
	case err != nil:
		return nil, false, modelfile.FileError(path, err)
	}
	return buf, false, nil
}
