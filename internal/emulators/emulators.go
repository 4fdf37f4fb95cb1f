// Package emulators gives tests the endpoints of the local AWS emulators that
// scripts/emulators.sh starts on 127.0.0.1, and an in-process gofakes3 for the
// S3 behaviour none of those emulators has (object versions, delete markers).
//
// The rule for a missing emulator is the same everywhere: outside CI the test
// is skipped with a message saying how to start the emulators; with CI=true it
// fails, because in CI a missing emulator must never pass silently.
package emulators

import (
	"net/http/httptest"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/johannesboyne/gofakes3"
	"github.com/johannesboyne/gofakes3/backend/s3mem"

	"github.com/awsparity/awsparity/internal/testenv"
)

// S3rver is the service name Endpoint accepts for the s3rver emulator, the
// second S3 emulator beside fauxqs (which serves "s3"), and S3rverEnv the
// variable holding its endpoint.
const (
	S3rver    = "s3rver"
	S3rverEnv = "AWSPARITY_S3RVER_ENDPOINT"
)

// endpointEnv maps a service name to the variable scripts/emulators.sh
// exports. The AWS_ENDPOINT_URL_<SERVICE> names are the SDK's own, so a
// client built with config.LoadDefaultConfig picks them up unaided.
var endpointEnv = map[string]string{
	"dynamodb": "AWS_ENDPOINT_URL_DYNAMODB",
	"kinesis":  "AWS_ENDPOINT_URL_KINESIS",
	"sqs":      "AWS_ENDPOINT_URL_SQS",
	"sns":      "AWS_ENDPOINT_URL_SNS",
	"s3":       "AWS_ENDPOINT_URL_S3",
	S3rver:     S3rverEnv,
}

// Endpoint returns the emulator endpoint URL for service ("dynamodb",
// "kinesis", "sqs", "sns", "s3" or S3rver). When it is not set the test is
// skipped, or failed when CI=true. An unknown service name fails the test.
func Endpoint(t testing.TB, service string) string {
	t.Helper()
	name, ok := endpointEnv[service]
	if !ok {
		known := make([]string, 0, len(endpointEnv))
		for s := range endpointEnv {
			known = append(known, s)
		}
		sort.Strings(known)
		t.Fatalf("emulators.Endpoint: no emulator for service %q; known: %s", service, strings.Join(known, ", "))
	}
	url := os.Getenv(name)
	if url != "" {
		return url
	}
	const how = "start the emulators with scripts/emulators.sh start and source .cache/emulators/env, or run scripts/test.sh"
	testenv.Missing(t, "%s is not set, skipping %s emulator test (%s)", name, service, how)
	return ""
}

// GoFakeS3 starts an in-process gofakes3 with the in-memory backend on
// 127.0.0.1 and returns its URL; it stops when the test ends. Versioning is
// available as on real S3: a bucket keeps versions once PutBucketVersioning
// enables it. Clients must use path-style addressing (s3.Options.UsePathStyle)
// since the server does not route virtual-hosted bucket names.
func GoFakeS3(t testing.TB) string {
	t.Helper()
	srv := httptest.NewServer(gofakes3.New(s3mem.New()).Server())
	t.Cleanup(srv.Close)
	return srv.URL
}
