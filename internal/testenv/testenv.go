// Package testenv decides what a test does when an input it needs is not
// on the machine (the shared Smithy models, botocore, an emulator): outside
// CI it is skipped, saying how to provide the input; with CI=true it fails,
// because in CI a test that did not run must never pass silently.
package testenv

import (
	"fmt"
	"os"
	"strconv"
	"testing"
)

// CI reports whether CI is set to a true value, as GitHub Actions and
// .ci/run set it.
func CI() bool {
	ci, _ := strconv.ParseBool(os.Getenv("CI"))
	return ci
}

// Missing ends the test for want of an input: a skip, or under CI=true a
// failure, with the message formatted from format and args.
func Missing(tb testing.TB, format string, args ...any) {
	tb.Helper()
	msg := fmt.Sprintf(format, args...)
	if CI() {
		tb.Fatalf("%s (CI=true: a test input missing in CI is a failure, not a skip)", msg)
	}
	tb.Skipf("%s", msg)
}
