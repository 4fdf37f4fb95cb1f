package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestPutIntegration is the parity test of CloudWatch Logs PutIntegration.
// PutIntegration: Creates an integration between CloudWatch Logs and another service in this account.
func TestPutIntegration(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	// cloudwatchlogstest.CreateIntegration calls PutIntegration with the input below and deletes the Integration when the test ends.
	out := cloudwatchlogstest.CreateIntegration(t, client, func(in *cloudwatchlogs.PutIntegrationInput) {
		// in.IntegrationName = *string (required; the fixture sets it)
		// in.ResourceConfig = types.ResourceConfig (required)
		// in.IntegrationType = types.IntegrationType (required)
	})
	snap.Match("put-integration", out)
}
