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
//  1. credentials, request ids and SNS signatures are scrubbed (AccessKeyId,
//     SecretAccessKey, SessionToken, Authorization, X-Amz-Security-Token,
//     RequestId, Signature, …; string values only, so a user's object named
//     RequestId stays), the fixtures' run tag is dropped, and every ARN's
//     resource name is numbered (arn:<partition>:sqs:<region>:111111111111:
//     <resource:1>);
//  2. the test's transformers run (New's, then Match's);
//  3. values registered as references become <name:N> everywhere;
//  4. always-on rules: UUIDs → <uuid:N> by first appearance, 12-digit
//     account ids → 111111111111, region names → <region>, ARN partitions
//     → <partition>, timestamps.
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
// Date, or members passed to Timestamps. LocalStackTimestamps uses
// LocalStack's placeholders instead ("datetime", "date").
//
// The content is what boto3-based recordings (LocalStack's) hold, so their
// files compare as they are: an SDK output gets "ResponseMetadata" with
// the HTTP status, an error becomes {"Error": {"Code", "Message", …},
// "ResponseMetadata"} (see Match), strings holding a JSON object (policies,
// SNS message bodies) are parsed, and blobs are written as Python writes
// bytes, b'…'. Every one of these keeps all the information the SDK value
// had, which is why this is the only content mode.
//
// Modes: SNAPSHOT_UPDATE=1 records every Match; else Match compares, and
// records entries that do not exist yet — which fails instead when CI=true.
// Nothing is written for a test that failed. Against AWS
// (TEST_TARGET=AWS_CLOUD) skip lists are ignored, and a passing test
// writes its validation date to <file>.validation.json (see Validation).
// Several test binaries may share one file: every read-merge-write holds
// an exclusive lock on the file's directory (flock), so none loses another's
// entries. Use Main in TestMain to find obsolete entries.
package snapshot

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/awsparity/awsparity/runtime/target"
)

// Environment variables that steer the package. There are no flags: a
// package imported by tests registers none behind their back.
const (
	EnvUpdate = "SNAPSHOT_UPDATE"
	EnvPrune  = "SNAPSHOT_PRUNE"
	EnvCI     = "CI"
)

func envTrue(name string) bool {
	on, _ := strconv.ParseBool(os.Getenv(name))
	return on
}

// onAWS reports whether the test runs against real AWS, the reference.
func onAWS() bool {
	kind, err := target.Current()
	return err == nil && kind == target.AWS
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
	refs     *Placeholders
	recorded map[string]any // this test's stored content; nil if none
	matched  map[string]any
	missing  bool // a Match found no stored entry and recorded one
}

// New starts a snapshot session for t, registering a cleanup that writes
// what needs writing. Call it before any t.Skip, so that a skipped test
// still claims its entry and Main does not report it obsolete.
func New(t testing.TB, opts ...Option) *Snapshot {
	t.Helper()
	s := &Snapshot{t: t, name: t.Name(), update: envTrue(EnvUpdate), ci: envTrue(EnvCI),
		refs: newPlaceholders(), matched: map[string]any{}}
	for _, o := range opts {
		o(&s.settings)
	}
	if s.settings.key != "" {
		s.name = s.settings.key
	}
	file, err := snapshotFile(s.settings.file)
	if err != nil {
		t.Fatalf("snapshot: %v", err)
	}
	s.file = file
	claim(file, s.name)

	var entries map[string]entry
	err = withLock(file, func() error {
		var err error
		entries, err = readFile(file)
		return err
	})
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
//
// value may be an error from an SDK call: it is recorded as boto3 reports
// an API error, so a recording made with boto3 compares as it is:
//
//	{"Error": {"Code": "QueueAlreadyExists", "Message": "…",
//	           "QueryErrorCode": "QueueNameExists", "Type": "Sender"},
//	 "message": "…",
//	 "ResponseMetadata": {"HTTPHeaders": {}, "HTTPStatusCode": 400}}
//
// Code and Message are the API error's; Type (Sender or Receiver) and
// QueryErrorCode come from the x-amzn-query-error header of services that
// keep their old query error codes, or, for the XML query protocols, from
// the error's fault; the modelled error's own members follow at the top
// level as boto3 puts them. An error that is not an API error (a network
// failure, a canceled context) fails the test instead of being recorded.
func (s *Snapshot) Match(key string, value any, opts ...Option) {
	s.t.Helper()
	local := settings{skips: slices.Clip(s.settings.skips), transformers: slices.Clip(s.settings.transformers),
		report: slices.Clip(s.settings.report)}
	for _, o := range opts {
		o(&local)
	}
	if err := local.matchOnlyErr(); err != nil {
		s.t.Errorf("snapshot: key %q: %v", key, err)
		return
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
	skips := local.skipPaths()
	if kind, _ := target.Current(); kind == target.InProcess {
		skips = append(skips, InProcessSkips()...)
	}
	all, err := Compare(key, expected, actual, skips)
	if err != nil {
		s.t.Errorf("snapshot: key %q: %v", key, err)
		return
	}
	for _, fn := range local.report {
		fn(key, all)
	}
	diffs := unskipped(all)
	if len(diffs) > 0 {
		s.t.Errorf("snapshot: %q of %s differs from %s (%d differences):\n%s",
			key, s.name, s.file, len(diffs), report(diffs))
	}
}

// transform runs the pipeline: serialise, scrub secrets, the test's
// transformers, references, the always-on rules, then a JSON round trip so
// the value has exactly the form it will have when read back from the file.
func (s *Snapshot) transform(value any, ts []Transformer) (any, error) {
	enc := newEncoder(ts)
	var v any
	var err error
	if e, ok := value.(error); ok {
		v, err = errorTree(e, enc)
	} else {
		v, err = enc.encode(reflect.ValueOf(value), "$", 0)
	}
	if err != nil {
		return nil, err
	}
	v = numberARNs(s.refs, scrubSecrets(s.refs, parseJSONStrings(v)))
	for _, tr := range ts {
		if v, err = tr.Transform(s.refs, v); err != nil {
			return nil, err
		}
	}
	v = normalise(s.refs, s.refs.applyRefs(v))
	b, err := marshal(v)
	if err != nil {
		return nil, err
	}
	return decodeJSON(b, "$")
}

// finish runs at cleanup: it never writes for a failed or skipped test,
// reports recorded keys the test no longer matches, and writes new or
// updated entries, and against AWS the validation date.
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
	}
	now := time.Now().UTC()
	written := false
	if s.update || s.missing {
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
			entries[s.name] = entry{RecordedDate: now.Format(dateLayout), RecordedContent: content}
			written = true
			return true
		})
		if err != nil {
			s.t.Errorf("snapshot: writing %s: %v", s.file, err)
			return
		}
	}
	if err := s.recordValidation(now, written); err != nil {
		s.t.Errorf("snapshot: %v", err)
	}
}

// recordValidation keeps <file>.validation.json current: a test that
// passed against AWS gets its validation date; an entry (re)recorded
// elsewhere is marked as recorded on that target, so nobody mistakes an
// emulator's answer for AWS's.
func (s *Snapshot) recordValidation(now time.Time, written bool) error {
	if len(s.matched) == 0 {
		return nil
	}
	kind, err := target.Current()
	if err != nil {
		return err
	}
	if kind != target.AWS && !written {
		return nil
	}
	return modifyValidation(validationFile(s.file), func(all map[string]Validation) bool {
		if kind == target.AWS {
			all[s.name] = Validation{LastValidatedDate: now.Format(validationLayout)}
		} else {
			all[s.name] = Validation{RecordedOn: string(kind), RecordedDate: now.Format(validationLayout)}
		}
		return true
	})
}

// errNotAPI explains why a non-API error is no snapshot.
var errNotAPI = errors.New("is not an API error from a service, so it is not snapshotted; fail the test with it instead")
