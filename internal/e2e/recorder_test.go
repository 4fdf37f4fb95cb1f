package e2e

import (
	"testing"

	"github.com/awsparity/awsparity/runtime/poll"
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

// attempt runs a body as poll.Try does — Fatal and Skip end it, its
// cleanups run when it ends — keeping its failures instead of failing the
// test, so that the agreement test can set the outcome beside another
// target's.
type attempt struct{ *poll.Attempt }

// record runs body once on an attempt of t.
func record(t testing.TB, body func(tb)) *poll.Attempt {
	return poll.Try(t, func(t testing.TB) { body(attempt{t.(*poll.Attempt)}) })
}

// Run runs f as an attempt of its own, whose failures fail this one as a
// subtest's fail its parent. A skipped subtest fails it too: the outcome
// of a body only part of which ran is no outcome to compare.
func (a attempt) Run(name string, f func(tb)) bool {
	sub := record(a.Attempt, f)
	if skip, skipped := sub.SkipReason(); skipped {
		a.Errorf("%s: skipped (%s)", name, skip)
		return false
	}
	if err := sub.Err(); err != nil {
		a.Errorf("%s: %v", name, err)
		return false
	}
	return true
}
