// Package load reads AWS service models into the IR: from files and
// directories (Paths) or from a model set with a checksummed manifest, such
// as the embedded default models (FS). Both run one pipeline, per file and
// in parallel: read it (gunzipped, BOM dropped, at most MaxFileSize),
// pre-scan it once (the limits on nesting, strings and shapes, its format,
// its service ids), skip it when its ids match none of the selected
// services, decode it (Smithy JSON AST or botocore JSON, within
// MaxShapeWork); then Filter selects, once.
//
// Errors are *ir.Error values naming the file and, where there is one, the
// JSON path; on error nothing is returned.
package load

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/awsparity/awsparity/generator/internal/parallel"
	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/generator/load/botocore"
	"github.com/awsparity/awsparity/generator/load/internal/modelfile"
	"github.com/awsparity/awsparity/generator/load/internal/modeltext"
	"github.com/awsparity/awsparity/generator/load/smithy"
	"github.com/awsparity/awsparity/generator/modelset"
)

// The limits on one model file, each an error naming the file and the
// limit when exceeded. The largest AWS models are far inside them (402
// Smithy models and botocore's ~420 service files: at most 4 MB
// decompressed, JSON nested 46 deep, strings of 66 KB, 10,363 shapes and
// members). Documentation is not refused for its length below MaxString:
// only its first sentence is kept, cut at MaxSummary bytes.
//
// What one file may cost is bounded by these limits: its bytes, and about
// 1.5 KB per declared shape or member while decoding. Loading decodes one
// file per CPU at a time. The hostile models of TestHostileModels, each
// generated in a process of its own, peak under 192 MiB.
const (
	// MaxFileSize caps a file's size in bytes after decompression.
	MaxFileSize = modelfile.MaxFileSize
	// MaxDepth caps how deeply JSON objects and arrays nest.
	MaxDepth = modelfile.MaxDepth
	// MaxString caps the length in bytes of one JSON string, key or value.
	MaxString = modelfile.MaxString
	// MaxShapes caps the shapes, members and (botocore) operations a file
	// declares, counted before it is decoded.
	MaxShapes = modelfile.MaxShapes
	// MaxShapeWork caps the shapes, members, operations and error
	// references that a file's services build, summed over its services (a
	// Smithy file with many services builds each one's closure).
	MaxShapeWork = modelfile.MaxShapeWork
	// MaxSummary caps a documentation summary in bytes; longer ones are
	// cut at a word boundary and end with "…".
	MaxSummary = modeltext.MaxSummary
)

// Paths loads the models at paths, each a file or a directory walked
// recursively, and returns the services that services select (as Filter
// does; none selects all), sorted by SDKID.
//
// In directories, .json and .json.gz files are loaded when their content is
// a Smithy JSON AST (a top-level "smithy" key) or a botocore service model
// ("metadata" and "operations"); other JSON (endpoints.json, _retry.json) is
// skipped, as are waiters, paginators, docs, examples and endpoint rule
// files, which the botocore loader reads beside their service file. When a
// botocore service directory holds several API versions, only the newest is
// loaded, as botocore itself does. A file named directly must be a model.
//
// Two services with the same SDKID are an error naming both files, unless
// one file is a byte-identical copy of the other.
func Paths(paths []string, services ...string) ([]*ir.Service, error) {
	files, err := collect(paths)
	if err != nil {
		return nil, err
	}
	return loadFiles(disk{}, files, services)
}

// FS loads a model set from fsys: the files its manifest.json lists (see
// generator/modelset), each checked against its checksum, botocore
// (<svc>/<version>/service-2.json with waiters-2.json and paginators-1.json
// beside it) or Smithy JSON AST. name prefixes file names in errors.
// services select as in Paths.
func FS(fsys fs.FS, name string, services ...string) ([]*ir.Service, error) {
	m, err := modelset.ReadManifest(fsys)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	var files []file
	for _, f := range m.Files {
		if !companion.MatchString(path.Base(f.Path)) {
			files = append(files, file{path: name + "/" + f.Path, explicit: true})
		}
	}
	return loadFiles(manifested{fsys: fsys, name: name, manifest: m}, files, services)
}

// loadFiles loads files from src in parallel and selects services; see
// Paths.
func loadFiles(src source, files []file, services []string) ([]*ir.Service, error) {
	results := make([]result, len(files))
	parallel.Each(len(files), func(i int) { results[i] = loadFile(src, files[i], services) })

	var (
		errs          []error
		svcs, skipped []*ir.Service
	)
	for _, r := range results {
		if r.err != nil {
			errs = append(errs, r.err)
		}
		svcs = append(svcs, r.svcs...)
		if r.skipped != nil {
			skipped = append(skipped, r.skipped)
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	slices.SortStableFunc(svcs, func(x, y *ir.Service) int { return strings.Compare(x.SDKID, y.SDKID) })
	svcs, err := dedupe(src, svcs)
	if err != nil || len(services) == 0 {
		return svcs, err
	}
	selected, err := Filter(svcs, services)
	if unknown := (*UnknownServicesError)(nil); errors.As(err, &unknown) {
		unknown.Near = near(append(svcs, skipped...), unknown.Names)
	}
	return selected, err
}

// dedupe drops services loaded from a byte-identical copy of an earlier
// file (botocore ships sms-voice as an alias of pinpoint-sms-voice) and
// reports any other two services with one SDKID. svcs is sorted by SDKID,
// then by file.
func dedupe(src source, svcs []*ir.Service) ([]*ir.Service, error) {
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
			if same, err = sameContent(src, prev.Source, svc.Source); err != nil {
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

func sameContent(src source, a, b string) (bool, error) {
	da, err := src.read(a)
	if err != nil {
		return false, err
	}
	db, err := src.read(b)
	if err != nil {
		return false, err
	}
	return string(da) == string(db), nil
}

// file is a candidate model file; explicit files were named by the caller
// and must be models.
type file struct {
	path     string
	explicit bool
}

type result struct {
	svcs []*ir.Service
	// skipped names a service the pre-scan passed over, so that an
	// unknown name can still be answered with the close matches.
	skipped *ir.Service
	err     error
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

// loadFile reads, pre-scans and (unless no selected service can be in it)
// decodes one file.
func loadFile(src source, f file, services []string) result {
	data, err := src.read(f.path)
	if err != nil {
		return result{err: err}
	}
	scanned, err := modelfile.Scan(f.path, data)
	switch {
	case err != nil:
		return result{err: err}
	case scanned.Format == modelfile.NotAModel && f.explicit:
		return result{err: &ir.Error{File: f.path, Msg: "not a Smithy JSON AST or botocore service model"}}
	case scanned.Format == modelfile.NotAModel:
		return result{}
	case scanned.IDsKnown && !selects(services, ids{sdkID: scanned.SDKID, endpointPrefix: scanned.EndpointPrefix}):
		return result{skipped: &ir.Service{SDKID: scanned.SDKID, EndpointPrefix: scanned.EndpointPrefix}}
	case scanned.Format == modelfile.Smithy:
		svcs, err := smithy.Load(f.path, data)
		return result{svcs: svcs, err: err}
	}
	var sib [2][]byte
	for i, base := range []string{"waiters-2.json", "paginators-1.json"} {
		name, data, err := src.sibling(f.path, base)
		if err == nil && data != nil {
			_, err = modelfile.Scan(name, data)
		}
		if err != nil {
			return result{err: err}
		}
		sib[i] = data
	}
	svc, err := botocore.Load(f.path, data, sib[0], sib[1])
	if err != nil {
		return result{err: err}
	}
	return result{svcs: []*ir.Service{svc}}
}

// source reads the files of a model set.
type source interface {
	// read returns a file's content as modelfile.Decode does.
	read(name string) ([]byte, error)
	// sibling reads base (or base.gz) from the directory of name, returning
	// its name; no data and no error when there is none.
	sibling(name, base string) (string, []byte, error)
}

// disk reads files from the file system.
type disk struct{}

func (disk) read(name string) ([]byte, error) { return modelfile.ReadFile(name) }

func (disk) sibling(name, base string) (string, []byte, error) {
	dir := filepath.Dir(name)
	for _, n := range []string{base, base + ".gz"} {
		p := filepath.Join(dir, n)
		if _, err := os.Stat(p); errors.Is(err, fs.ErrNotExist) {
			continue
		}
		data, err := modelfile.ReadFile(p)
		return p, data, err
	}
	return "", nil, nil
}

// manifested reads the files a model set's manifest lists, under name, and
// checks each against its checksum.
type manifested struct {
	fsys     fs.FS
	name     string
	manifest *modelset.Manifest
}

func (m manifested) read(name string) ([]byte, error) {
	p := strings.TrimPrefix(name, m.name+"/")
	data, err := fs.ReadFile(m.fsys, p)
	if err != nil {
		return nil, modelfile.FileError(name, err)
	}
	if err := m.manifest.Check(p, data); err != nil {
		return nil, &ir.Error{File: name, Msg: err.Error()}
	}
	return modelfile.Decode(name, data)
}

func (m manifested) sibling(name, base string) (string, []byte, error) {
	p := path.Join(path.Dir(name), base)
	if _, err := fs.Stat(m.fsys, strings.TrimPrefix(p, m.name+"/")); errors.Is(err, fs.ErrNotExist) {
		return "", nil, nil
	}
	data, err := m.read(p)
	return p, data, err
}
