package route53test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/awsparity/awsparity/gen/route53test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateQueryLoggingConfig is the parity test of Route 53 CreateQueryLoggingConfig.
// CreateQueryLoggingConfig: Creates a configuration for DNS query logging.
func TestCreateQueryLoggingConfig(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(route53test.Transformers()...))
	client := newClient(t)
	out, err := client.CreateQueryLoggingConfig(t.Context(), &route53.CreateQueryLoggingConfigInput{
		// HostedZoneId: *string (required)
		// CloudWatchLogsLogGroupArn: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-query-logging-config", out)
}
