package emulators_test

import (
	"strings"
	"testing"

	"github.com/awsparity/awsparity/internal/emulators"
	"github.com/awsparity/awsparity/runtime/poll"
)

func TestEndpoint(t *testing.T) {
	for _, tc := range []struct {
		name, ci, sqsURL, service string
		wantURL                   string
		wantSkip, wantFail        string // substrings of the message
	}{
		{name: "set", sqsURL: "http://127.0.0.1:1234", service: "sqs", wantURL: "http://127.0.0.1:1234"},
		{name: "set in CI", ci: "true", sqsURL: "http://127.0.0.1:1234", service: "sqs", wantURL: "http://127.0.0.1:1234"},
		{name: "missing skips outside CI", service: "sqs", wantSkip: "AWS_ENDPOINT_URL_SQS is not set"},
		{name: "missing with CI=false skips", ci: "false", service: "sqs", wantSkip: "scripts/emulators.sh start"},
		{name: "missing fails in CI", ci: "true", service: "sqs", wantFail: "AWS_ENDPOINT_URL_SQS is not set, skipping sqs emulator test (start the emulators with scripts/emulators.sh start and source .cache/emulators/env, or run scripts/test.sh) (CI=true: a test input missing in CI is a failure, not a skip)"},
		{name: "s3rver has its own variable", ci: "1", service: emulators.S3rver, wantFail: "AWSPARITY_S3RVER_ENDPOINT"},
		{name: "unknown service fails", service: "sqsx", wantFail: `no emulator for service "sqsx"; known: dynamodb, kinesis, s3, s3rver, sns, sqs`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("CI", tc.ci)
			t.Setenv("AWS_ENDPOINT_URL_SQS", tc.sqsURL)
			t.Setenv("AWSPARITY_S3RVER_ENDPOINT", "")

			var url string
			o := poll.Try(t, func(tb testing.TB) { url = emulators.Endpoint(tb, tc.service) })
			if url != tc.wantURL {
				t.Errorf("Endpoint = %q, want %q", url, tc.wantURL)
			}
			check := func(kind, got, want string) {
				t.Helper()
				if want == "" && got != "" {
					t.Errorf("unexpected %s: %s", kind, got)
				}
				if want != "" && !strings.Contains(got, want) {
					t.Errorf("%s message = %q, want it to contain %q", kind, got, want)
				}
			}
			skip, _ := o.SkipReason()
			failure := ""
			if o.Failed() {
				failure = o.Report()
			}
			check("skip", skip, tc.wantSkip)
			check("failure", failure, tc.wantFail)
		})
	}
}

func TestGoFakeS3ListensOnLoopback(t *testing.T) {
	url := emulators.GoFakeS3(t)
	if !strings.HasPrefix(url, "http://127.0.0.1:") {
		t.Errorf("GoFakeS3 URL = %q, want http://127.0.0.1:<port>", url)
	}
}
