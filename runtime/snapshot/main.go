package snapshot

import (
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
)

// claims records, per snapshot file, the tests that created a Snapshot in
// this process: an entry nobody claimed in a full run is obsolete.
var claims = struct {
	sync.Mutex
	byFile map[string]map[string]bool
}{byFile: map[string]map[string]bool{}}

func claim(file, test string) {
	claims.Lock()
	defer claims.Unlock()
	if claims.byFile[file] == nil {
		claims.byFile[file] = map[string]bool{}
	}
	claims.byFile[file][test] = true
}

// Main runs the tests and then, if the run was complete (no -run, -skip or
// -list filter) and passed, reports snapshot entries no test claimed —
// tests renamed or deleted — and removes them when SNAPSHOT_PRUNE=1. It
// returns the exit code (m.Run's, or 1 when the snapshot files cannot be
// read) and never exits itself. Use it as the package's TestMain:
//
//	func TestMain(m *testing.M) { os.Exit(snapshot.Main(m)) }
//
// A test claims its entry by calling New, so call New before any t.Skip.
func Main(m *testing.M) int {
	return runMain(m.Run, fullRun(), ".", envTrue(EnvPrune), os.Stderr)
}

// fullRun reports whether every test of the package ran; only then is an
// unclaimed entry evidence of anything.
func fullRun() bool {
	for _, name := range []string{"test.run", "test.skip", "test.list"} {
		if f := flag.Lookup(name); f != nil && f.Value.String() != "" {
			return false
		}
	}
	return true
}

func runMain(run func() int, full bool, dir string, prune bool, stderr io.Writer) int {
	code := run()
	if code != 0 || !full {
		return code
	}
	files, err := snapshotFiles(dir)
	if err != nil {
		fmt.Fprintf(stderr, "snapshot: looking for obsolete entries: %v\n", err)
		return 1
	}
	for _, file := range files {
		claims.Lock()
		claimed := claims.byFile[file]
		claims.Unlock()
		var obsolete []string
		err := modifyFile(file, func(entries map[string]entry) bool {
			for _, name := range slices.Sorted(maps.Keys(entries)) {
				if !claimed[name] {
					obsolete = append(obsolete, name)
				}
			}
			if !prune {
				return false
			}
			for _, name := range obsolete {
				delete(entries, name)
			}
			return len(obsolete) > 0
		})
		if err != nil {
			fmt.Fprintf(stderr, "snapshot: %v\n", err)
			return 1
		}
		if len(obsolete) == 0 {
			continue
		}
		verb := "no test matched these entries; remove them with " + EnvPrune + "=1"
		if prune {
			verb = "removed entries no test matched"
		}
		fmt.Fprintf(stderr, "snapshot: %s: %s:\n  %s\n", file, verb, strings.Join(obsolete, "\n  "))
	}
	return 0
}

// snapshotFiles lists dir/testdata/*.snapshot.json and every claimed file
// under dir, as absolute paths.
func snapshotFiles(dir string) ([]string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	found, err := filepath.Glob(filepath.Join(abs, "testdata", "*.snapshot.json"))
	if err != nil {
		return nil, err
	}
	set := map[string]bool{}
	for _, f := range found {
		set[f] = true
	}
	claims.Lock()
	for f := range claims.byFile {
		if strings.HasPrefix(f, abs+string(filepath.Separator)) {
			set[f] = true
		}
	}
	claims.Unlock()
	files := make([]string, 0, len(set))
	for f := range set {
		files = append(files, f)
	}
	sort.Strings(files)
	return files, nil
}
