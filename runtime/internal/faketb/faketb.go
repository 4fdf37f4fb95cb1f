// Package faketb is a testing.TB for tests whose subject is how a helper
// ends or reports a test: it records errors, logs, a fatal or a skip
// instead of failing the real test.
package faketb

import (
	"fmt"
	"runtime"
	"slices"
	"sync"
	"testing"
)

// TB records what a helper reports. Methods it does not override belong to
// the nil embedded testing.TB and panic, which flags a helper calling
// something the test did not expect.
type TB struct {
	testing.TB
	name string

	mu       sync.Mutex
	cleanups []func()
	errors   []string
	logs     []string
	fatal    string
	skip     string
}

// Run runs body as the test name would run: on its own goroutine (so that
// Fatalf and Skipf end only the body), then the cleanups in reverse order.
func Run(name string, body func(testing.TB)) *TB {
	f := &TB{name: name}
	done := make(chan struct{})
	go func() {
		defer close(done)
		body(f)
	}()
	<-done
	for i := len(f.cleanups) - 1; i >= 0; i-- {
		f.cleanups[i]()
	}
	return f
}

func (f *TB) Helper()           {}
func (f *TB) Name() string      { return f.name }
func (f *TB) Cleanup(fn func()) { f.cleanups = append(f.cleanups, fn) }

func (f *TB) Failed() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.errors) > 0 || f.fatal != ""
}

func (f *TB) Skipped() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.skip != ""
}

func (f *TB) Errorf(format string, args ...any) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.errors = append(f.errors, fmt.Sprintf(format, args...))
}

func (f *TB) Logf(format string, args ...any) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.logs = append(f.logs, fmt.Sprintf(format, args...))
}

// Fatalf ends the calling goroutine, like testing.T's.
func (f *TB) Fatalf(format string, args ...any) {
	f.mu.Lock()
	f.fatal = fmt.Sprintf(format, args...)
	f.mu.Unlock()
	runtime.Goexit()
}

// Skipf ends the calling goroutine, like testing.T's.
func (f *TB) Skipf(format string, args ...any) {
	f.mu.Lock()
	f.skip = fmt.Sprintf(format, args...)
	f.mu.Unlock()
	runtime.Goexit()
}

// Errors returns the Errorf messages.
func (f *TB) Errors() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.errors)
}

// Logs returns the Logf messages.
func (f *TB) Logs() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.logs)
}

// FatalMsg returns the Fatalf message, "" when there was none.
func (f *TB) FatalMsg() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.fatal
}

// SkipMsg returns the Skipf message, "" when there was none.
func (f *TB) SkipMsg() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.skip
}
