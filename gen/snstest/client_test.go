package snstest_test

import (
	"os"
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/awsparity/awsparity/gen/snstest"
	"github.com/awsparity/awsparity/internal/emulators"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/target"
)

// This file is yours: awsparity created it once and never regenerates it.

// TestMain reports snapshot entries that no test matches any more.
func TestMain(m *testing.M) { os.Exit(snapshot.Main(m)) }

// newClient returns the client for the target TEST_TARGET selects. Against
// an emulator outside CI, it skips when this repository's emulators are not
// running.
func newClient(t testing.TB) *sns.Client {
	if kind, _ := target.Current(); kind == target.Emulator {
		emulators.Endpoint(t, "sns")
	}
	return snstest.NewClient(t, nil)
}
