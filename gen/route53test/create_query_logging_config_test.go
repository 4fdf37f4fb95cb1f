package route53test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/awsparity/awsparity/gen/route53test"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateQueryLoggingConfig is the parity test of Route 53 CreateQueryLoggingConfig.
// CreateQueryLoggingConfig: Creates a configuration for DNS query logging.
func TestCreateQueryLoggingConfig(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(route53test.Transformers()...))
	client := newClient(t)
	// route53test.CreateQueryLoggingConfig calls CreateQueryLoggingConfig with the input below and deletes the QueryLoggingConfig when the test ends.
	out := route53test.CreateQueryLoggingConfig(t, client, func(in *route53.CreateQueryLoggingConfigInput) {
		// in.HostedZoneId = *string (required)
		// in.CloudWatchLogsLogGroupArn = *string (required)
	})
	snap.Match("create-query-logging-config", out)
}
