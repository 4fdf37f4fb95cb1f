package snapshot

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
)

// entry is one test's record, in LocalStack's layout.
type entry struct {
	RecordedDate    string         `json:"recorded-date"`
	RecordedContent map[string]any `json:"recorded-content"`
}

// dateLayout is LocalStack's "dd-mm-YYYY, HH:MM:SS", in UTC.
const dateLayout = "02-01-2006, 15:04:05"

// fileLocks serialises every read-merge-write of one snapshot file within
// the process, so parallel tests sharing a file lose no entries; the lock
// file beside it does the same across processes (go test runs packages in
// parallel, and two packages may share a file through WithFile): an
// exclusive lock on the file's directory.
var fileLocks sync.Map // absolute path → *sync.Mutex

// withLock runs fn holding both locks of path.
func withLock(path string, fn func() error) error {
	m, _ := fileLocks.LoadOrStore(path, &sync.Mutex{})
	mu := m.(*sync.Mutex)
	mu.Lock()
	defer mu.Unlock()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	unlock, err := lockProcess(filepath.Dir(path))
	if err != nil {
		return fmt.Errorf("locking %s: %w", path, err)
	}
	defer unlock()
	return fn()
}

// readFile returns the entries of a snapshot file; a missing file has none.
func readFile(path string) (map[string]entry, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return map[string]entry{}, nil
	}
	if err != nil {
		return nil, err
	}
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	entries := map[string]entry{}
	if err := d.Decode(&entries); err != nil {
		return nil, fmt.Errorf("%s: %w", locateErr(path, b, err), err)
	}
	return entries, nil
}

// locateErr names the file and, for syntax errors, the line.
func locateErr(path string, b []byte, err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	var off int64
	switch {
	case errors.As(err, &syn):
		off = syn.Offset
	case errors.As(err, &typ):
		off = typ.Offset
	default:
		return path
	}
	return fmt.Sprintf("%s:%d", path, 1+bytes.Count(b[:min(int(off), len(b))], []byte("\n")))
}

// writeJSON writes v as 2-space indented JSON with sorted keys and a
// trailing newline, as LocalStack writes its files; placeholders keep their
// angle brackets (no HTML escaping). The rename makes the write
// all-or-nothing.
func writeJSON(path string, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".snapshot-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(buf.Bytes()); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// modifyFile applies change to the file's entries under the file's locks.
func modifyFile(path string, change func(map[string]entry) bool) error {
	return withLock(path, func() error {
		entries, err := readFile(path)
		if err != nil {
			return err
		}
		if !change(entries) {
			return nil
		}
		if len(entries) == 0 {
			if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return err
			}
			return nil
		}
		return writeJSON(path, entries)
	})
}

func contentEqual(a, b map[string]any) bool {
	if len(a) != len(b) {
		return false
	}
	for k, av := range a {
		bv, ok := b[k]
		if !ok {
			return false
		}
		var diffs []difference
		diff(av, bv, nil, &diffs)
		if len(diffs) > 0 {
			return false
		}
	}
	return true
}
