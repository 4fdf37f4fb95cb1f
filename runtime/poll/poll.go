// Package poll retries an assertion until it holds or a bound passes, for
// reads that are only eventually consistent (CDK's waitForAssertions,
// LocalStack's poll_condition and retry):
//
//	poll.Eventually(t, func(t testing.TB) {
//		out, err := client.GetItem(t.Context(), in)
//		if err != nil {
//			t.Fatal(err)
//		}
//		snapshot.New(t).Match("item", out)
//	}, poll.Timeout(10*time.Second))
//
// The body gets a testing.TB of its own for each attempt, so any helper that
// reports through t.Errorf or t.Fatalf can be retried unchanged; only the
// last attempt's failures reach the test.
package poll

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// Defaults for Eventually.
const (
	DefaultTimeout  = 30 * time.Second
	DefaultInterval = 250 * time.Millisecond
)

// Option adjusts Eventually.
type Option func(*settings)

type settings struct {
	timeout, interval time.Duration
}

// Timeout bounds the whole wait, DefaultTimeout by default. The last
// attempt may start just before it and run to its end.
func Timeout(d time.Duration) Option { return func(s *settings) { s.timeout = d } }

// Interval is the pause between attempts, DefaultInterval by default.
func Interval(d time.Duration) Option { return func(s *settings) { s.interval = d } }

// Eventually runs body until an attempt passes, and fails the test with the
// last attempt's failures, the attempt count and the bound when none does
// within the timeout. An attempt that skips skips the test. The wait also
// ends when the test's context does.
func Eventually(t testing.TB, body func(t testing.TB), opts ...Option) {
	t.Helper()
	s := settings{timeout: DefaultTimeout, interval: DefaultInterval}
	for _, o := range opts {
		o(&s)
	}
	deadline := time.Now().Add(s.timeout)
	for n := 1; ; n++ {
		a := Try(t, body)
		if skip, ok := a.SkipReason(); ok {
			t.Skip(skip)
		}
		if !a.Failed() {
			return
		}
		if time.Now().Add(s.interval).After(deadline) {
			t.Fatalf("poll: not true within %s (%d attempts, every %s); last attempt:\n%s", s.timeout, n, s.interval, a.Report())
		}
		timer := time.NewTimer(s.interval)
		select {
		case <-t.Context().Done():
			timer.Stop()
			t.Fatalf("poll: test ended after %d attempts; last attempt:\n%s", n, a.Report())
		case <-timer.C:
		}
	}
}

// Try runs body once with an Attempt as its testing.TB, on its own goroutine
// so that FailNow and SkipNow end only the body, then the body's cleanups,
// as for a subtest. The parent test is not failed.
func Try(t testing.TB, body func(t testing.TB)) *Attempt {
	ctx, cancel := context.WithCancel(t.Context())
	a := &Attempt{TB: t, ctx: ctx}
	done := make(chan struct{})
	go func() {
		defer close(done)
		body(a)
	}()
	<-done
	cancel()
	a.runCleanups()
	return a
}

// Attempt is a testing.TB that records failures, skips and logs instead of
// reporting them. What it does not record (Name, TempDir, Setenv, …) goes
// to the parent test.
type Attempt struct {
	testing.TB
	ctx context.Context

	mu       sync.Mutex
	failed   bool
	msgs     []string
	skipped  bool
	skip     string
	cleanups []func()
}

func (a *Attempt) record(failed bool, msg string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.failed = a.failed || failed
	if msg != "" {
		a.msgs = append(a.msgs, msg)
	}
}

func (a *Attempt) Helper()                           {}
func (a *Attempt) Context() context.Context          { return a.ctx }
func (a *Attempt) Log(args ...any)                   { a.record(false, fmt.Sprintln(args...)) }
func (a *Attempt) Logf(format string, args ...any)   { a.record(false, fmt.Sprintf(format, args...)) }
func (a *Attempt) Error(args ...any)                 { a.record(true, fmt.Sprintln(args...)) }
func (a *Attempt) Errorf(format string, args ...any) { a.record(true, fmt.Sprintf(format, args...)) }
func (a *Attempt) Fail()                             { a.record(true, "") }

// FailNow ends the body's goroutine, like testing.T's.
func (a *Attempt) FailNow() {
	a.record(true, "")
	runtime.Goexit()
}

func (a *Attempt) Fatal(args ...any) {
	a.record(true, fmt.Sprintln(args...))
	runtime.Goexit()
}

func (a *Attempt) Fatalf(format string, args ...any) {
	a.record(true, fmt.Sprintf(format, args...))
	runtime.Goexit()
}

func (a *Attempt) Failed() bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.failed
}

func (a *Attempt) Skip(args ...any)                 { a.skipNow(strings.TrimSuffix(fmt.Sprintln(args...), "\n")) }
func (a *Attempt) Skipf(format string, args ...any) { a.skipNow(fmt.Sprintf(format, args...)) }
func (a *Attempt) SkipNow()                         { a.skipNow("") }

func (a *Attempt) skipNow(msg string) {
	a.mu.Lock()
	a.skipped, a.skip = true, msg
	a.mu.Unlock()
	runtime.Goexit()
}

func (a *Attempt) Skipped() bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.skipped
}

// SkipReason returns the skip message and whether the body skipped.
func (a *Attempt) SkipReason() (string, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.skip, a.skipped
}

// Cleanup registers fn to run when the attempt ends, last registered first.
func (a *Attempt) Cleanup(fn func()) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.cleanups = append(a.cleanups, fn)
}

// Cleanups may register cleanups, as with testing.T.
func (a *Attempt) runCleanups() {
	for {
		a.mu.Lock()
		n := len(a.cleanups)
		if n == 0 {
			a.mu.Unlock()
			return
		}
		fn := a.cleanups[n-1]
		a.cleanups = a.cleanups[:n-1]
		a.mu.Unlock()
		fn()
	}
}

// Report is everything the attempt logged and reported, one message a line;
// "(failed without a message)" when it failed silently.
func (a *Attempt) Report() string {
	a.mu.Lock()
	defer a.mu.Unlock()
	var b strings.Builder
	for _, m := range a.msgs {
		b.WriteString(strings.TrimSuffix(m, "\n"))
		b.WriteByte('\n')
	}
	if b.Len() == 0 && a.failed {
		return "(failed without a message)"
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// Err is nil when the attempt passed or skipped, else an error holding
// Report.
func (a *Attempt) Err() error {
	if !a.Failed() {
		return nil
	}
	return fmt.Errorf("%s", a.Report())
}
