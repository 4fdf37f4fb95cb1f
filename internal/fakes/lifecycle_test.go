package fakes_test

import (
	"testing"

	"github.com/awsparity/awsparity/internal/fakereport"
)

// TestGeneratedFakesLifecycle runs TestFakeLifecycle of every helper
// package in gen/: each fixture that needs no options is created against
// the generated fake with no hand-written code, read back, cleaned up, and
// then answers NotFound. It prints the pass rate per package and the
// failures by reason, and fails when any fixture fails.
func TestGeneratedFakesLifecycle(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go test over gen/")
	}
	r, err := fakereport.Run("../..", "./gen/...")
	if err != nil {
		t.Fatal(err)
	}
	if r.Stderr != "" {
		t.Logf("go test stderr:\n%s", r.Stderr)
	}
	total, passed := r.Total()
	if total == 0 {
		t.Fatal("no fixture lifecycle ran")
	}
	t.Logf("fixture lifecycles against the generated fakes, no hand-written code:\n%s", r.Table())
	if passed < total || len(r.Broken) > 0 {
		t.Errorf("%d of %d fixture lifecycles failed; %d packages broken", total-passed, total, len(r.Broken))
	}
}
