package parity

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// runPorted runs the ported test id of service on every target with a
// client from newClient and the test's known gaps.
func runPorted[C any](t *testing.T, service, id string, opts []snapshot.Option,
	newClient func(t *testing.T, tg Target) C, body func(t *testing.T, c C, snap *snapshot.Snapshot)) {
	t.Helper()
	Run(t, service, id, knownGaps[id], opts, func(t *testing.T, tg Target, snap *snapshot.Snapshot) {
		body(t, newClient(t, tg), snap)
	})
}

// clientOf returns a client for tg: bound to the fake withServer binds in
// process, else reaching the emulator or AWS the configuration names.
func clientOf[C, O any](t *testing.T, tg Target, newFromConfig func(aws.Config, ...func(*O)) C, withServer func(*O)) C {
	t.Helper()
	cfg, _ := tg.Config(t)
	if tg.InProcess() {
		return newFromConfig(cfg, withServer)
	}
	return newFromConfig(cfg)
}

// result holds an SDK call's answer until must checks it.
type result[T any] struct {
	v   T
	err error
}

func of[T any](v T, err error) result[T] { return result[T]{v, err} }

// must returns the answer, failing the test on an error the LocalStack
// test does not expect; a fake that does not implement the operation
// skips the test.
func (r result[T]) must(t *testing.T) T {
	t.Helper()
	stub.SkipIfNotImplemented(t, r.err)
	if r.err != nil {
		t.Fatal(r.err)
	}
	return r.v
}

// answer is what a call answered, the error if there was one, for a test
// where AWS answers with an error: a target that accepts the call shows
// its output instead, a difference from AWS on every path. A fake that
// does not implement the operation skips the test.
func answer[T any](t *testing.T, out T, err error) any {
	t.Helper()
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		return err
	}
	return out
}
