package e2e

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
)

// tb is what a fixture test body needs of its test: testing.TB, and
// subtests, whose cleanups (the fixtures' deletes) have run when Run
// returns, so that the body can then prove nothing is left.
type tb interface {
	testing.TB
	Run(name string, f func(tb)) bool
}

// subtests runs a body as an ordinary test: its failures fail the test.
type subtests struct{ *testing.T }

func (s subtests) Run(name string, f func(tb)) bool {
	return s.T.Run(name, func(t *testing.T) { f(subtests{t}) })
}

// recorder runs a body as a test does — Fatal and Skip end it, cleanups
// run last-registered first once it has ended, after its context is
// cancelled — but keeps its failures instead of failing the test running
// it, so the agreement test can set the outcome beside another target's.
// What it does not define (Name, Log, TempDir, Setenv, …) is the running
// test's.
type recorder struct {
	testing.TB
	ctx context.Context

	mu       sync.Mutex
	failures []string
	skipped  string
	cleanups []func()
}

// record runs body on a recorder and returns what it recorded.
func record(t testing.TB, body func(tb)) *recorder {
	r := &recorder{TB: t}
	r.run(body)
	return r
}

func (r *recorder) run(body func(tb)) {
	ctx, cancel := context.WithCancel(context.Background())
	r.ctx = ctx
	r.inGoroutine(func() { body(r) })
	cancel()
	for {
		r.mu.Lock()
		n := len(r.cleanups)
		if n == 0 {
			r.mu.Unlock()
			return
		}
		f := r.cleanups[n-1]
		r.cleanups = r.cleanups[:n-1]
		r.mu.Unlock()
		r.inGoroutine(f)
	}
}

// inGoroutine runs f where Fatal and Skip may end it (runtime.Goexit) and
// a panic is a failure, as testing runs a test function.
func (r *recorder) inGoroutine(f func()) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer func() {
			if p := recover(); p != nil {
				r.fail(fmt.Sprintf("panic: %v", p))
			}
		}()
		f()
	}()
	<-done
}

// Run runs f as a subtest on a recorder of its own; its failures become
// this recorder's, prefixed with name.
func (r *recorder) Run(name string, f func(tb)) bool {
	sub := &recorder{TB: r.TB}
	sub.run(f)
	for _, msg := range sub.failures {
		r.fail(name + ": " + msg)
	}
	r.mu.Lock()
	if sub.skipped != "" && r.skipped == "" {
		// Not testing's rule (a skipped subtest leaves its parent running),
		// but the outcome must show that part of the body did not run.
		r.skipped = name + ": " + sub.skipped
	}
	r.mu.Unlock()
	return len(sub.failures) == 0
}

func (r *recorder) fail(msg string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.failures = append(r.failures, msg)
}

func (r *recorder) Context() context.Context { return r.ctx }
func (r *recorder) Helper()                  {}
func (r *recorder) Cleanup(f func()) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.cleanups = append(r.cleanups, f)
}

func (r *recorder) Fail()             { r.fail("failed") }
func (r *recorder) FailNow()          { r.Fail(); runtime.Goexit() }
func (r *recorder) Error(args ...any) { r.fail(strings.TrimSuffix(fmt.Sprintln(args...), "\n")) }
func (r *recorder) Errorf(format string, args ...any) {
	r.fail(fmt.Sprintf(format, args...))
}
func (r *recorder) Fatal(args ...any) { r.Error(args...); runtime.Goexit() }
func (r *recorder) Fatalf(format string, args ...any) {
	r.Errorf(format, args...)
	runtime.Goexit()
}

func (r *recorder) Failed() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.failures) > 0
}

func (r *recorder) SkipNow() {
	r.mu.Lock()
	if r.skipped == "" {
		r.skipped = "skipped"
	}
	r.mu.Unlock()
	runtime.Goexit()
}
func (r *recorder) Skip(args ...any) {
	r.mu.Lock()
	r.skipped = strings.TrimSuffix(fmt.Sprintln(args...), "\n")
	r.mu.Unlock()
	runtime.Goexit()
}
func (r *recorder) Skipf(format string, args ...any) { r.Skip(fmt.Sprintf(format, args...)) }
func (r *recorder) Skipped() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.skipped != ""
}
