package s3test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/awsparity/awsparity/examples/fakes/s3fake"
	"github.com/awsparity/awsparity/gen/s3test"
	"github.com/awsparity/awsparity/internal/emulators"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/target"
)

// This file is yours: awsparity created it once and never regenerates it.

// TestMain reports snapshot entries that no test matches any more.
func TestMain(m *testing.M) { snapshot.Main(m) }

// newClient returns a S3 client for the target TEST_TARGET selects:
// an emulator (the default; AWS_ENDPOINT_URL), real AWS (AWS_CLOUD), or
// IN_PROCESS, where newServer answers every call.
func newClient(t testing.TB) *s3.Client {
	t.Helper()
	cfg := target.Config(t)
	switch kind, _ := target.Current(); kind {
	case target.InProcess:
		return s3.NewFromConfig(cfg, s3test.WithServer(newServer()))
	case target.Emulator:
		// Outside CI, skip when this repository's emulators are not running.
		emulators.Endpoint(t, "s3")
		// Emulators listen on an IP address, where a virtual-hosted bucket
		// name (bucket.127.0.0.1) cannot resolve.
		return s3.NewFromConfig(cfg, func(o *s3.Options) { o.UsePathStyle = true })
	}
	return s3.NewFromConfig(cfg)
}

// newServer returns the in-process implementation: the example fake
// (examples/fakes/s3fake), a fresh one per client so tests share no state.
// Operations it lacks answer NotImplemented, and their tests are skipped.
func newServer() s3test.Server { return s3fake.New() }
