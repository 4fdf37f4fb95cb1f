package s3test_test

import (
	"testing"

	"example.com/shop/awstest/s3test"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/target"
)

// This file is yours: awsparity created it once and never regenerates it.

// TestMain reports snapshot entries that no test matches any more.
func TestMain(m *testing.M) { snapshot.Main(m) }

// newClient returns the S3 client for the target TEST_TARGET selects:
// an emulator (the default; AWS_ENDPOINT_URL), real AWS (AWS_CLOUD), or
// IN_PROCESS, where newServer answers every call.
func newClient(t testing.TB) *s3.Client {
	t.Helper()
	cfg := target.Config(t)
	kind, _ := target.Current()
	if kind == target.InProcess {
		return s3.NewFromConfig(cfg, s3test.WithServer(newServer()))
	}
	if kind == target.Emulator {
		// An emulator endpoint such as localhost:4566 cannot serve
		// virtual-hosted bucket names (bucket.localhost).
		return s3.NewFromConfig(cfg, func(o *s3.Options) { o.UsePathStyle = true })
	}
	return s3.NewFromConfig(cfg)
}

// newServer returns the in-process implementation. Replace
// s3test.UnimplementedServer with your fake (which embeds it): every
// operation the fake lacks answers NotImplemented, and its test is skipped.
func newServer() s3test.Server { return s3test.UnimplementedServer{} }
