package route53test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/awsparity/awsparity/gen/route53test"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateHealthCheck is the parity test of Route 53 CreateHealthCheck.
// CreateHealthCheck: Creates a new health check.
func TestCreateHealthCheck(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(route53test.Transformers()...))
	client := newClient(t)
	// route53test.CreateHealthCheck calls CreateHealthCheck with the input below and deletes the HealthCheck when the test ends.
	out := route53test.CreateHealthCheck(t, client, func(in *route53.CreateHealthCheckInput) {
		// in.CallerReference = *string (required)
		// in.HealthCheckConfig = *types.HealthCheckConfig (required)
	})
	snap.Match("create-health-check", out)
}
