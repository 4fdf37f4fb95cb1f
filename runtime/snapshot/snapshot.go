// Package snapshot records what AWS answers and checks that an emulator or a
// fake answers the same: parity tests in the style of LocalStack's snapshot
// library, in its file format, so recordings can be shared.
//
//	snap := snapshot.New(t)
//	out, err := client.CreateQueue(ctx, in)
//	snap.Match("create-queue", out)
//
// Entries live in testdata/<test file>.snapshot.json beside the test, under
// the full test name. Values are serialised by model member name (see
// MemberNames), then transformed in this order before they are compared or
// stored:
//
//  1. credentials and request ids are scrubbed (AccessKeyId, SecretAccessKey,
//     SessionToken, Authorization, X-Amz-Security-Token, RequestId, …);
//  2. the test's transformers run (New's, then Match's);
//  3. values registered as references become <name:N> everywhere;
//  4. always-on rules: UUIDs → <uuid:N> by first appearance, 12-digit
//     account ids → 111111111111, region names → <region>, timestamps.
//
// The timestamp scheme: a typed timestamp (time.Time, which is how the SDK
// returns every timestamp member) becomes "<datetime>", since the SDK has
// parsed the wire format already and only presence is comparable. A
// timestamp inside text becomes "<timestamp:LAYOUT>", LAYOUT spelling its
// format, so an emulator that formats differently than AWS fails:
//
//	2024-05-01T10:20:30Z          <timestamp:YYYY-MM-DDThh:mm:ssZ>
//	2024-05-01T10:20:30.123+02:00 <timestamp:YYYY-MM-DDThh:mm:ss.fff±hh:mm>
//	2024-05-01 10:20:30           <timestamp:YYYY-MM-DD hh:mm:ss>
//	Wed, 01 May 2024 10:20:30 GMT <timestamp:http-date>
//	1714558830, "1714558830.5"    <timestamp:epoch-seconds>
//	1714558830123                 <timestamp:epoch-millis>
//
// Epoch numbers are only recognised under keys ending in Timestamp, Time or
// Date, or members passed to Timestamps.
//
// Modes: SNAPSHOT_UPDATE=1 or -snapshot-update records every Match; else
// Match compares, and records entries that do not exist yet — which fails
// instead when CI=true. Nothing is written for a test that failed. Against
// AWS (TEST_TARGET=AWS_CLOUD) skip lists are ignored. Use Main in TestMain
// to find obsolete entries.
package snapshot

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/awsparity/awsparity/runtime/target"
)

// Environment variables and flags that steer the package.
const (
	EnvUpdate = "SNAPSHOT_UPDATE"
	EnvPrune  = "SNAPSHOT_PRUNE"
	EnvCI     = "CI"
)

var updateFlag = flag.Bool("snapshot-update", false, "record snapshots instead of comparing them (also SNAPSHOT_UPDATE=1)")

func envTrue(name string) bool {
	on, _ := strconv.ParseBool(os.Getenv(name))
	return on
}

// Option configures New; SkipVerify and WithTransformers also work per Match.
type Option interface{ apply(*settings) }

// MatchOption configures one Match call.
type MatchOption interface{ applyMatch(*settings) }

// SharedOption works both for New (the whole test) and for one Match.
type SharedOption interface {
	Option
	MatchOption
}

type settings struct {
	file         string
	skips        []string
	transformers []Transformer
}

type optionFunc func(*settings)

func (f optionFunc) apply(s *settings) { f(s) }

type bothFunc func(*settings)

func (f bothFunc) apply(s *settings)      { f(s) }
func (f bothFunc) applyMatch(s *settings) { f(s) }

// WithFile stores the snapshot in path instead of the file derived from
// the calling test file.
func WithFile(path string) Option {
	return optionFunc(func(s *settings) { s.file = path })
}

// SkipVerify leaves the differences at or below these JSONPaths out of the
// comparison (LocalStack's skip_snapshot_verify). Paths are rooted at the
// snapshot content, so they start with the Match key or a descent:
// "$.create-queue.Attributes", "$..MessageId". Ignored against AWS.
func SkipVerify(paths ...string) SharedOption {
	return bothFunc(func(s *settings) { s.skips = append(s.skips, paths...) })
}

// WithTransformers adds transformers, run in order after the test-wide ones;
// generated code passes a service's model-aware set here.
func WithTransformers(ts ...Transformer) SharedOption {
	return bothFunc(func(s *settings) { s.transformers = append(s.transformers, ts...) })
}

// Snapshot is one test's snapshot session.
type Snapshot struct {
	t        testing.TB
	file     string
	name     string
	settings settings
	update   bool
	ci       bool

	mu       sync.Mutex
	ctx      *Context
	recorded map[string]any // this test's stored content; nil if none
	matched  map[string]any
	missing  bool // a Match found no stored entry and recorded one
}

// New starts a snapshot session for t, registering a cleanup that writes
// what needs writing. Call it before any t.Skip, so that a skipped test
// still claims its entry and Main does not report it obsolete.
func New(t testing.TB, opts ...Option) *Snapshot {
	t.Helper()
	s := &Snapshot{t: t, name: t.Name(), update: *updateFlag || envTrue(EnvUpdate), ci: envTrue(EnvCI),
		ctx: newContext(), matched: map[string]any{}}
	for _, o := range opts {
		o.apply(&s.settings)
	}
	file, err := snapshotFile(s.settings.file)
	if err != nil {
		t.Fatalf("snapshot: %v", err)
	}
	s.file = file
	claim(file, s.name)

	unlock := lockFile(file)
	entries, err := readFile(file)
	unlock()
	if err != nil {
		t.Fatalf("snapshot: %v", err)
	}
	if e, ok := entries[s.name]; ok {
		s.recorded = e.RecordedContent
	}
	t.Cleanup(s.finish)
	return s
}

// snapshotFile returns the absolute path of the snapshot file: the given
// one, or testdata/<base>.snapshot.json beside the first _test.go file on
// the call stack, which skips generated helpers that call New for a test.
func snapshotFile(given string) (string, error) {
	if given != "" {
		return filepath.Abs(given)
	}
	pcs := make([]uintptr, 64)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(3, pcs)])
	for {
		f, more := frames.Next()
		if strings.HasSuffix(f.File, "_test.go") {
			base := strings.TrimSuffix(filepath.Base(f.File), "_test.go")
			dir := filepath.Dir(f.File)
			if !filepath.IsAbs(f.File) {
				// Built with -trimpath: go test runs in the package directory.
				dir = "."
			}
			return filepath.Abs(filepath.Join(dir, "testdata", base+".snapshot.json"))
		}
		if !more {
			return "", fmt.Errorf("no _test.go file on the call stack of New; pass snapshot.WithFile")
		}
	}
}

// Match transforms value and compares it with the entry recorded under key
// for this test, reporting each difference as a test error; in update mode,
// or when no entry exists yet, it records the value instead.
func (s *Snapshot) Match(key string, value any, opts ...MatchOption) {
	s.t.Helper()
	local := settings{skips: s.settings.skips, transformers: s.settings.transformers}
	local.skips = slices.Clip(local.skips)
	local.transformers = slices.Clip(local.transformers)
	for _, o := range opts {
		o.applyMatch(&local)
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	if _, dup := s.matched[key]; dup {
		s.t.Errorf("snapshot: key %q matched twice in %s; use distinct keys", key, s.name)
		return
	}
	actual, err := s.transform(value, local.transformers)
	if err != nil {
		s.t.Errorf("snapshot: key %q: %v", key, err)
		return
	}
	s.matched[key] = actual
	if s.update {
		return
	}
	expected, ok := s.recorded[key]
	if !ok {
		if s.ci {
			s.t.Errorf("snapshot: no recorded entry for key %q of %s in %s, and CI=true forbids recording; "+
				"record it locally (SNAPSHOT_UPDATE=1 against AWS) and commit the file", key, s.name, s.file)
			return
		}
		s.missing = true
		s.t.Logf("snapshot: recording new entry %q of %s in %s", key, s.name, s.file)
		return
	}
	var diffs []difference
	diff(map[string]any{key: expected}, map[string]any{key: actual}, nil, &diffs)
	if kind, _ := target.Current(); kind != target.AWS {
		diffs, err = skipped(diffs, local.skips, map[string]any{key: expected}, map[string]any{key: actual})
		if err != nil {
			s.t.Errorf("snapshot: key %q: %v", key, err)
			return
		}
	}
	if len(diffs) > 0 {
		s.t.Errorf("snapshot: %q of %s differs from %s (%d differences):\n%s",
			key, s.name, s.file, len(diffs), report(diffs))
	}
}

// transform runs the pipeline: serialise, scrub secrets, the test's
// transformers, references, the always-on rules, then a JSON round trip so
// the value has exactly the form it will have when read back from the file.
func (s *Snapshot) transform(value any, ts []Transformer) (any, error) {
	var names []memberNames
	for _, tr := range ts {
		if n, ok := tr.(memberNames); ok {
			names = append(names, n)
		}
	}
	v, err := toTree(value, names)
	if err != nil {
		return nil, err
	}
	v = scrubSecrets(v)
	for _, tr := range ts {
		if v, err = tr.Transform(s.ctx, v); err != nil {
			return nil, err
		}
	}
	v = normalise(s.ctx, s.ctx.applyRefs(v))
	b, err := marshal(v)
	if err != nil {
		return nil, err
	}
	return decodeJSON(b, "$")
}

// finish runs at cleanup: it never writes for a failed or skipped test,
// reports recorded keys the test no longer matches, and writes new or
// updated entries.
func (s *Snapshot) finish() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.t.Skipped() {
		return
	}
	if s.t.Failed() {
		if s.update || s.missing {
			s.t.Logf("snapshot: %s failed, so its snapshot was not written", s.name)
		}
		return
	}
	if !s.update {
		var unmatched []string
		for k := range s.recorded {
			if _, ok := s.matched[k]; !ok {
				unmatched = append(unmatched, k)
			}
		}
		if len(unmatched) > 0 {
			slices.Sort(unmatched)
			s.t.Errorf("snapshot: recorded keys %q of %s were not matched by the test; re-record with %s=1",
				unmatched, s.name, EnvUpdate)
			return
		}
		if !s.missing {
			return
		}
	}
	err := modifyFile(s.file, func(entries map[string]entry) bool {
		old, had := entries[s.name]
		content := map[string]any{}
		if !s.update {
			for k, v := range old.RecordedContent {
				content[k] = v
			}
		}
		for k, v := range s.matched {
			if _, kept := content[k]; !kept {
				content[k] = v
			}
		}
		if had && contentEqual(old.RecordedContent, content) || !had && len(content) == 0 {
			return false // nothing changed: keep the recorded date
		}
		entries[s.name] = entry{RecordedDate: time.Now().Format(dateLayout), RecordedContent: content}
		return true
	})
	if err != nil {
		s.t.Errorf("snapshot: writing %s: %v", s.file, err)
	}
}
