// Package parity runs tests ported from LocalStack's AWS-validated suite
// against every target this repository can reach (the CI emulators, the
// in-process example fakes and the generated lifecycle fakes) and compares
// each answer with the content LocalStack recorded from real AWS, which is
// committed, attributed, under testdata/localstack. A difference that is a
// real gap of one target is declared as a Gap with its reason: the test
// skips its paths on that target only, and the parity page (docs/parity.md,
// written by cmd/paritypage from the results a run leaves in
// $AWSPARITY_PARITY_OUT) lists it. Any other difference fails the test.
package parity

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"sync"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	awsmiddleware "github.com/aws/aws-sdk-go-v2/aws/middleware"
	"github.com/aws/smithy-go/middleware"
	"github.com/awsparity/awsparity/internal/emulators"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
	"github.com/awsparity/awsparity/runtime/target"
)

// EnvOut names the directory where a run writes its results, one JSON
// Lines file per target, for cmd/paritypage.
const EnvOut = "AWSPARITY_PARITY_OUT"

// A Target is one place a ported test runs.
type Target struct {
	// Name is the emulator's or fake's name (fauxqs, s3rver, dynalite,
	// kinesalite, sqsfake, s3fake, GeneratedFake), or AWS.
	Name string
	// Kind is how the target is reached.
	Kind target.Kind
	// emulator is the service name internal/emulators knows the
	// endpoint by; empty for AWS and the fakes.
	emulator string
	// calls records what one run of a test on an in-process target
	// called (set by Run; nil elsewhere).
	calls *calls
}

// GeneratedFake names the in-process target of the services without a
// hand-written fake: the generated lifecycle fake, <svc>test.NewFake().
const GeneratedFake = "generated fake"

// InProcess reports a fake answering in the test process.
func (tg Target) InProcess() bool { return tg.Kind == target.InProcess }

// servedBy lists, per service, the emulators and fakes that serve it.
var servedBy = map[string][]Target{
	"sqs":      {{Name: "fauxqs", Kind: target.Emulator, emulator: "sqs"}, {Name: "sqsfake", Kind: target.InProcess}},
	"sns":      {{Name: "fauxqs", Kind: target.Emulator, emulator: "sns"}, {Name: GeneratedFake, Kind: target.InProcess}},
	"s3":       {{Name: "fauxqs", Kind: target.Emulator, emulator: "s3"}, {Name: "s3rver", Kind: target.Emulator, emulator: emulators.S3rver}, {Name: "s3fake", Kind: target.InProcess}},
	"dynamodb": {{Name: "dynalite", Kind: target.Emulator, emulator: "dynamodb"}, {Name: GeneratedFake, Kind: target.InProcess}},
	"kinesis":  {{Name: "kinesalite", Kind: target.Emulator, emulator: "kinesis"}, {Name: GeneratedFake, Kind: target.InProcess}},
}

// Targets returns the targets a test of service runs on: AWS alone when
// TEST_TARGET=AWS_CLOUD (recording the truth), else every emulator and
// fake serving it.
func Targets(t *testing.T, service string) []Target {
	t.Helper()
	kind, err := target.Current()
	if err != nil {
		t.Fatal(err)
	}
	if kind == target.AWS {
		return []Target{{Name: "AWS", Kind: target.AWS}}
	}
	tgs, ok := servedBy[service]
	if !ok {
		t.Fatalf("parity: no target serves %q", service)
	}
	return tgs
}

// Run runs the ported LocalStack test id once per target of service, each
// in a subtest named after the target, with a snapshot session from New.
// With $AWSPARITY_PARITY_OUT set, a subtest that skips (a fake lacking an
// operation, an emulator not running) is reported as not run there, and a
// subtest on an in-process target reports which fake answered (Bind) and
// which operations it called.
func Run(t *testing.T, service, id string, gaps []Gap, opts []snapshot.Option,
	body func(t *testing.T, tg Target, snap *snapshot.Snapshot)) {
	t.Helper()
	for _, tg := range Targets(t, service) {
		t.Run(tg.Name, func(t *testing.T) {
			if tg.InProcess() {
				tg.calls = &calls{ops: map[string]bool{}}
			}
			t.Cleanup(func() {
				dir := os.Getenv(EnvOut)
				if dir == "" || !t.Skipped() && tg.calls == nil {
					return
				}
				end := Result{Test: id, Target: tg.Name, Skipped: t.Skipped()}
				if tg.calls != nil {
					end.Fake, end.Calls = tg.calls.result()
				}
				if err := appendResult(dir, end); err != nil {
					t.Errorf("parity: %v", err)
				}
			})
			body(t, tg, New(t, tg, id, gaps, opts...))
		})
	}
}

// Bind returns srv, the implementation an in-process client of tg is
// given, and records its type for the parity page, which says per
// operation whether the type answers by hand, through the generated
// lifecycle fake or NotImplemented.
func Bind[S any](tg Target, srv S) S {
	if tg.calls != nil {
		t := reflect.TypeOf(srv)
		if t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		tg.calls.mu.Lock()
		tg.calls.fake = t.PkgPath() + "." + t.Name()
		tg.calls.mu.Unlock()
	}
	return srv
}

// calls is what one run of a test on an in-process target called.
type calls struct {
	mu   sync.Mutex
	fake string
	// ops maps each operation called to whether it answered
	// NotImplemented.
	ops map[string]bool
}

// record is the middleware that notes every operation a client of the
// run calls and whether the fake answered it NotImplemented. It wraps the
// whole Initialize step, where the generated WithServer answers.
func (c *calls) record(stack *middleware.Stack) error {
	return stack.Initialize.Add(middleware.InitializeMiddlewareFunc("awsparity.parity.calls",
		func(ctx context.Context, in middleware.InitializeInput, next middleware.InitializeHandler) (
			middleware.InitializeOutput, middleware.Metadata, error,
		) {
			out, md, err := next.HandleInitialize(ctx, in)
			var ni *stub.NotImplementedError
			op := awsmiddleware.GetOperationName(ctx)
			c.mu.Lock()
			c.ops[op] = c.ops[op] || errors.As(err, &ni)
			c.mu.Unlock()
			return out, md, err
		}), middleware.Before)
}

// result returns the fake and the calls, sorted by operation.
func (c *calls) result() (string, []Call) {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []Call
	for _, op := range slices.Sorted(maps.Keys(c.ops)) {
		out = append(out, Call{Operation: op, NotImplemented: c.ops[op]})
	}
	return c.fake, out
}

// Config returns the configuration for tg and the endpoint a client must
// use when it is not the one the environment names ("" otherwise): s3rver
// shares S3 with fauxqs. An emulator that is not running skips the test,
// or fails it when CI=true. Clients keep error types for the snapshots
// (snapshot.KeepErrorDetails).
func (tg Target) Config(t *testing.T) (aws.Config, string) {
	t.Helper()
	var cfg aws.Config
	endpoint := ""
	switch {
	case tg.InProcess():
		cfg = target.Config(t, target.WithInProcess())
		if tg.calls != nil {
			cfg.APIOptions = append(cfg.APIOptions, tg.calls.record)
		}
	case tg.Kind == target.AWS:
		cfg = target.Config(t)
	default:
		url := emulators.Endpoint(t, tg.emulator)
		cfg = target.Config(t)
		if tg.emulator == emulators.S3rver {
			endpoint = url
		}
	}
	cfg.APIOptions = append(cfg.APIOptions, snapshot.KeepErrorDetails)
	return cfg, endpoint
}

// A Gap is a known difference between one target and AWS: its paths are
// skipped on that target, and the parity page lists it with its reason.
type Gap struct {
	// Target names the emulator or fake (Target.Name).
	Target string
	// Paths are skip paths, rooted at the snapshot content as in
	// snapshot.SkipVerify.
	Paths []string
	// Reason says what the target does differently.
	Reason string
	// Transport marks what an in-process fake cannot produce at all (the
	// HTTP status, error headers): listed, but not counted as a gap.
	Transport bool `json:",omitempty"`
}

// inProcess is the Transport gap of an in-process target.
func inProcess(target string) Gap {
	return Gap{Target: target, Paths: snapshot.InProcessSkips(), Transport: true,
		Reason: "in-process: no HTTP happens, so there is no status code and no error header (Type, QueryErrorCode)"}
}

// reTestID is a LocalStack test id: path::Class::test[params].
var reTestID = regexp.MustCompile(`^(tests/aws/services/[a-z0-9_]+/test_[a-z0-9_]+)\.py::[A-Za-z0-9_]+::test_[A-Za-z0-9_]+(\[.*\])?$`)

// File returns the committed LocalStack snapshot file holding id.
func File(id string) (string, error) {
	m := reTestID.FindStringSubmatch(id)
	if m == nil {
		return "", fmt.Errorf("%q is not a LocalStack test id (tests/aws/services/<svc>/test_<svc>.py::Class::test_name)", id)
	}
	return filepath.Join("testdata", "localstack", filepath.FromSlash(m[1])+".snapshot.json"), nil
}

// New starts the snapshot session of the LocalStack test id on tg: the
// recorded entry is the one LocalStack recorded against AWS, the gaps of
// tg are skipped, and with $AWSPARITY_PARITY_OUT set every difference is
// written there for the parity page.
func New(t *testing.T, tg Target, id string, gaps []Gap, opts ...snapshot.Option) *snapshot.Snapshot {
	t.Helper()
	file, err := File(id)
	if err != nil {
		t.Fatal(err)
	}
	var mine []Gap
	if tg.InProcess() {
		mine = append(mine, inProcess(tg.Name))
		opts = append(opts, snapshot.SkipVerify(snapshot.InProcessSkips()...))
	}
	for _, g := range gaps {
		if g.Target == tg.Name {
			mine = append(mine, g)
			opts = append(opts, snapshot.SkipVerify(g.Paths...))
		}
	}
	if dir := os.Getenv(EnvOut); dir != "" {
		opts = append(opts, snapshot.WithReport(func(key string, diffs []snapshot.Difference) {
			if err := appendResult(dir, Result{Test: id, Target: tg.Name, Key: key, Diffs: diffs, Gaps: mine}); err != nil {
				t.Errorf("parity: %v", err)
			}
		}))
	}
	return snapshot.New(t, append([]snapshot.Option{snapshot.WithFile(file), snapshot.WithKey(id)}, opts...)...)
}

// A Result is what one Match of a ported test found on one target.
type Result struct {
	Test   string                `json:"test"`
	Target string                `json:"target"`
	Key    string                `json:"key"`
	Diffs  []snapshot.Difference `json:"diffs"`
	Gaps   []Gap                 `json:"gaps,omitempty"`
	// Skipped says the test did not run on the target.
	Skipped bool `json:"skipped,omitempty"`
	// Fake and Calls are on the line ending a run on an in-process target
	// (the one line without a Key): the implementation's type
	// ("pkgpath.Type") and the operations the run called.
	Fake  string `json:"fake,omitempty"`
	Calls []Call `json:"calls,omitempty"`
}

// A Call is an operation a run called on an in-process target.
type Call struct {
	Operation string `json:"operation"`
	// NotImplemented says the fake answered it NotImplemented (at least once).
	NotImplemented bool `json:"notImplemented,omitempty"`
}

var resultsMu sync.Mutex

// appendResult adds r as one line to dir/<target>.jsonl.
func appendResult(dir string, r Result) error {
	resultsMu.Lock()
	defer resultsMu.Unlock()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	b, err := json.Marshal(r)
	if err != nil {
		return err
	}
	f, err := os.OpenFile(filepath.Join(dir, r.Target+".jsonl"), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(append(b, '\n')); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
