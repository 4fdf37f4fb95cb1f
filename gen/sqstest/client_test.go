package sqstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/awsparity/awsparity/examples/fakes/sqsfake"
	"github.com/awsparity/awsparity/gen/sqstest"
	"github.com/awsparity/awsparity/internal/emulators"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/target"
)

// This file is yours: awsparity created it once and never regenerates it.

// TestMain reports snapshot entries that no test matches any more.
func TestMain(m *testing.M) { snapshot.Main(m) }

// newClient returns a SQS client for the target TEST_TARGET selects:
// an emulator (the default; AWS_ENDPOINT_URL), real AWS (AWS_CLOUD), or
// IN_PROCESS, where newServer answers every call.
func newClient(t testing.TB) *sqs.Client {
	t.Helper()
	cfg := target.Config(t)
	switch kind, _ := target.Current(); kind {
	case target.InProcess:
		return sqs.NewFromConfig(cfg, sqstest.WithServer(newServer()))
	case target.Emulator:
		// Outside CI, skip when this repository's emulators are not running.
		emulators.Endpoint(t, "sqs")
	}
	return sqs.NewFromConfig(cfg)
}

// newServer returns the in-process implementation: the example fake
// (examples/fakes/sqsfake), a fresh one per client so tests share no state.
// Operations it lacks answer NotImplemented, and their tests are skipped.
func newServer() sqstest.Server { return sqsfake.New() }
