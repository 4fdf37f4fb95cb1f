package fileset

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// A write is one transaction over many files. Every new file is first
// written beside its destination under a temporary name (tempPrefix). Then
// the journal, listing each rename and removal the write will do, is put in
// place with one rename: that is the commit point. Only then are the files
// renamed into place and the stale ones removed, and the journal is
// deleted last. A process killed before the commit leaves the old tree and
// temporary files; one killed after it leaves a journal that the next run
// (Recover) carries out to the end. Either way the tree is wholly old or
// wholly new, and the debris is reported (Inspect) and removed (Recover).
//
// This protects against the process dying (kill -9, a crash, Ctrl-C), not
// against power loss: files are not fsync'd, which would cost seconds on a
// 17,000-file tree.

// tempPrefix starts every temporary file a write creates.
const tempPrefix = ".awsparity-"

// JournalName is the committed journal of a write in progress.
const JournalName = tempPrefix + "journal"

// journalEnd ends a complete journal; one without it was never committed.
const journalEnd = "end"

// CrashEnv, set to N, makes a write kill its own process with SIGKILL after
// N steps (each staged file, the commit, each rename and removal): a kill -9
// at a chosen point of the write phase, reproducibly, for the crash test.
const CrashEnv = "AWSPARITY_CRASH_AFTER_STEPS"

// op is one step of a committed write: a rename of tmp onto path, or the
// removal of path when tmp is "".
type op struct {
	tmp, path string
}

// writeJournal commits ops: the journal is written under a temporary name
// and renamed into place.
func writeJournal(dir string, ops []op) error {
	var b bytes.Buffer
	for _, o := range ops {
		if o.tmp == "" {
			fmt.Fprintf(&b, "remove\t%s\n", o.path)
		} else {
			fmt.Fprintf(&b, "rename\t%s\t%s\n", o.tmp, o.path)
		}
	}
	b.WriteString(journalEnd + "\n")
	tmp, err := os.CreateTemp(dir, tempPrefix+"*")
	if err != nil {
		return err
	}
	_, werr := tmp.Write(b.Bytes())
	if cerr := tmp.Close(); werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Rename(tmp.Name(), filepath.Join(dir, JournalName))
	}
	if werr != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("committing the write to %s: %w", dir, werr)
	}
	return nil
}

// readJournal returns the ops of dir's committed journal, or nil when there
// is none. A journal without its end line was never committed: nil too.
func readJournal(dir string) ([]op, bool, error) {
	name := filepath.Join(dir, JournalName)
	data, err := os.ReadFile(name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	var ops []op
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		fields := strings.Split(sc.Text(), "\t")
		switch {
		case len(fields) == 1 && fields[0] == journalEnd:
			return ops, true, nil
		case len(fields) == 2 && fields[0] == "remove" && local(fields[1]):
			ops = append(ops, op{path: fields[1]})
		case len(fields) == 3 && fields[0] == "rename" && local(fields[1]) && local(fields[2]) &&
			strings.HasPrefix(path.Base(fields[1]), tempPrefix):
			ops = append(ops, op{tmp: fields[1], path: fields[2]})
		default:
			return nil, false, fmt.Errorf("%s:%d: malformed journal line %q", name, n, sc.Text())
		}
	}
	return nil, false, nil
}

// apply carries out ops, each of which may have been done already by a
// write that was killed: a rename whose temporary file is gone happened.
func apply(dir string, ops []op, st *stepper) error {
	for _, o := range ops {
		dst := filepath.Join(dir, filepath.FromSlash(o.path))
		var err error
		if o.tmp == "" {
			err = os.Remove(dst)
		} else {
			err = os.Rename(filepath.Join(dir, filepath.FromSlash(o.tmp)), dst)
		}
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
		st.step()
	}
	return nil
}

// Debris is what an interrupted write left in an output directory.
type Debris struct {
	// Resumed is the number of steps (renames and removals) of the
	// committed write the journal lists, some possibly done already.
	Resumed int
	// Journal reports a committed journal (a write killed after its commit
	// point): the tree is old and new mixed until Recover completes it.
	Journal bool
	// Temp are temporary files, relative to the directory, that no
	// committed journal will rename.
	Temp []string
	// Stray are generated files (named zz_generated.*) that no manifest
	// lists, in directories the set owns.
	Stray []string
}

// Empty reports that nothing was found.
func (d Debris) Empty() bool { return !d.Journal && len(d.Temp) == 0 && len(d.Stray) == 0 }

// Lines describes the debris one item a line, for -check and logs.
func (d Debris) Lines() []string {
	var out []string
	if d.Journal {
		out = append(out, fmt.Sprintf("interrupted\t%s (a committed write of %d renames and removals, which the next run completes)", JournalName, d.Resumed))
	}
	for _, p := range d.Temp {
		out = append(out, "debris\t"+p)
	}
	for _, p := range d.Stray {
		out = append(out, "stray\t"+p)
	}
	return out
}

// Inspect reports what an interrupted write left in dir, changing nothing.
func (s *Set) Inspect(dir string) (Debris, error) {
	ops, committed, err := readJournal(dir)
	if err != nil {
		return Debris{}, err
	}
	d := Debris{Journal: committed, Resumed: len(ops)}
	pending := map[string]bool{}
	for _, o := range ops {
		if o.tmp != "" {
			pending[o.tmp] = true
		}
	}
	runs, err := readManifest(dir)
	if err != nil {
		return Debris{}, err
	}
	isListed := listed(runs)
	for _, o := range ops { // the journal's files are the new manifest's
		isListed[o.path] = true
	}
	owned := map[string]bool{}
	for _, dd := range s.dirs() {
		owned[dd] = true
	}
	for _, sub := range s.scanDirs(dir, runs, ops) {
		full := filepath.Join(dir, filepath.FromSlash(sub))
		if info, err := os.Stat(full); err != nil || !info.IsDir() {
			continue // nothing written there yet; staging reports a real problem
		}
		entries, err := os.ReadDir(full)
		if err != nil {
			return Debris{}, err
		}
		for _, e := range entries {
			if e.IsDir() {
				continue
			}
			p := path.Join(sub, e.Name())
			switch {
			case p == JournalName:
			case strings.HasPrefix(e.Name(), tempPrefix):
				if !pending[p] {
					d.Temp = append(d.Temp, p)
				}
			case strings.HasPrefix(e.Name(), "zz_generated.") && owned[ownerDir(p)] && !isListed[p] && p != ManifestName:
				d.Stray = append(d.Stray, p)
			}
		}
	}
	sort.Strings(d.Temp)
	sort.Strings(d.Stray)
	return d, nil
}

// scanDirs are the directories debris of a write of the set could be in:
// the output directory and every directory holding a file that the set,
// the manifest or the journal names.
func (s *Set) scanDirs(dir string, runs []run, ops []op) []string {
	seen := map[string]bool{".": true}
	for p := range s.files {
		seen[path.Dir(p)] = true
	}
	for _, r := range runs {
		for _, e := range r.entries {
			seen[path.Dir(e.path)] = true
		}
	}
	for _, o := range ops {
		seen[path.Dir(o.path)] = true
	}
	out := make([]string, 0, len(seen))
	for d := range seen {
		out = append(out, d)
	}
	sort.Strings(out)
	return out
}

// Recover completes a committed write that was interrupted and removes
// the debris Inspect reports, returning what it found.
func (s *Set) Recover(dir string) (Debris, error) {
	d, err := s.Inspect(dir)
	if err != nil || d.Empty() {
		return d, err
	}
	if d.Journal {
		ops, _, err := readJournal(dir)
		if err != nil {
			return d, err
		}
		if err := apply(dir, ops, nil); err != nil {
			return d, fmt.Errorf("completing the interrupted write in %s: %w", dir, err)
		}
		if err := os.Remove(filepath.Join(dir, JournalName)); err != nil {
			return d, err
		}
	} else if err := os.Remove(filepath.Join(dir, JournalName)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return d, err // an uncommitted journal is debris too
	}
	// Strays are only looked for once the journal is done: its files are
	// listed by the manifest it renamed into place.
	for _, p := range append(d.Temp, d.Stray...) {
		if err := os.Remove(filepath.Join(dir, filepath.FromSlash(p))); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return d, err
		}
	}
	return d, nil
}

// stepper counts the steps of a write and, when CrashEnv asks for it, kills
// the process after the chosen one. A nil *stepper counts nothing.
type stepper struct {
	n, crashAt int
}

func newStepper() *stepper {
	at, err := strconv.Atoi(os.Getenv(CrashEnv))
	if err != nil || at <= 0 {
		return nil
	}
	return &stepper{crashAt: at}
}

func (st *stepper) step() {
	if st == nil {
		return
	}
	if st.n++; st.n == st.crashAt {
		if p, err := os.FindProcess(os.Getpid()); err == nil {
			p.Kill() // SIGKILL on Unix: no deferred call runs, as with kill -9
		}
		select {} // the signal is on its way
	}
}
