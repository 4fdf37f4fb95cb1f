package route53test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/awsparity/awsparity/gen/route53test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateHealthCheck is the parity test of Route 53 UpdateHealthCheck.
// UpdateHealthCheck: Updates an existing health check.
func TestUpdateHealthCheck(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(route53test.Transformers()...))
	client := newClient(t)
	healthCheck := route53test.CreateHealthCheck(t, client)
	out, err := client.UpdateHealthCheck(t.Context(), &route53.UpdateHealthCheckInput{
		HealthCheckId: healthCheck.HealthCheck.Id,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-health-check", out)
}
