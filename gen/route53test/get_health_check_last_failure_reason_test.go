package route53test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/awsparity/awsparity/gen/route53test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetHealthCheckLastFailureReason is the parity test of Route 53 GetHealthCheckLastFailureReason.
// GetHealthCheckLastFailureReason: Gets the reason that a specified health check failed most recently.
func TestGetHealthCheckLastFailureReason(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(route53test.Transformers()...))
	client := newClient(t)
	healthCheck := route53test.CreateHealthCheck(t, client)
	out, err := client.GetHealthCheckLastFailureReason(t.Context(), &route53.GetHealthCheckLastFailureReasonInput{
		HealthCheckId: healthCheck.HealthCheck.Id,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-health-check-last-failure-reason", out)
}
