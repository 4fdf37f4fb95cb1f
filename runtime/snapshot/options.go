package snapshot

import "fmt"

// Option configures a Snapshot (passed to New) or one Match call. There is
// one option type, as in go-snaps; the few options that only make sense for
// the whole session (WithFile, WithKey) fail the test when given to Match.
type Option func(*settings)

type settings struct {
	file         string
	key          string
	skips        []skip
	transformers []Transformer
	report       []func(key string, diffs []Difference)
	// sessionOnly names a session-wide option met in a Match call.
	sessionOnly string
}

// skip is one SkipVerify or SkipVerifyIf: paths left out of comparisons
// when cond (nil: always) holds.
type skip struct {
	paths []string
	cond  func() bool
}

// WithFile stores the snapshot in path instead of the file derived from
// the calling test file. Session-wide: New only.
func WithFile(path string) Option {
	return func(s *settings) { s.file = path; s.sessionOnly = "WithFile" }
}

// WithKey stores the test's entry under key instead of the test's full
// name, so an entry recorded elsewhere can be reused under its own id; a
// LocalStack recording, for instance:
//
//	snapshot.WithKey("tests/aws/services/sqs/test_sqs.py::TestSqsProvider::test_tag_untag_queue")
//
// Session-wide: New only.
func WithKey(key string) Option {
	return func(s *settings) { s.key = key; s.sessionOnly = "WithKey" }
}

// SkipVerify leaves the differences at or below these JSONPaths out of the
// comparison (LocalStack's skip_snapshot_verify). Paths are rooted at the
// snapshot content, so they start with the Match key or a descent:
// "$.create-queue.Attributes", "$..MessageId", "$..HTTPHeaders.content-length"
// (keys may hold hyphens). Ignored against AWS.
func SkipVerify(paths ...string) Option {
	return func(s *settings) { s.skips = append(s.skips, skip{paths: paths}) }
}

// SkipVerifyIf is SkipVerify applied only when cond reports true at Match
// time (LocalStack's skip_snapshot_verify(condition=…)): a gap of one
// emulator, say, checked by the target the test runs against.
func SkipVerifyIf(cond func() bool, paths ...string) Option {
	return func(s *settings) { s.skips = append(s.skips, skip{paths: paths, cond: cond}) }
}

// WithTransformers adds transformers, run in order after the test-wide ones;
// generated code passes a service's model-aware set here.
func WithTransformers(ts ...Transformer) Option {
	return func(s *settings) { s.transformers = append(s.transformers, ts...) }
}

// WithReport calls fn after each compared Match with the key and every
// difference from the recorded content, skipped ones included (SkippedBy
// names the skip path), for tools that report parity rather than fail on
// it. It is not called when Match records.
func WithReport(fn func(key string, diffs []Difference)) Option {
	return func(s *settings) { s.report = append(s.report, fn) }
}

// skipPaths are the paths of the skips whose condition holds.
func (s *settings) skipPaths() []string {
	var out []string
	for _, sk := range s.skips {
		if sk.cond == nil || sk.cond() {
			out = append(out, sk.paths...)
		}
	}
	return out
}

func (s *settings) matchOnlyErr() error {
	if s.sessionOnly == "" {
		return nil
	}
	return fmt.Errorf("%s applies to the whole session: pass it to New, not Match", s.sessionOnly)
}
