package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetIntegration is the parity test of CloudWatch Logs GetIntegration.
// GetIntegration: Returns information about one integration between CloudWatch Logs and OpenSearch Service.
func TestGetIntegration(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	integration := cloudwatchlogstest.CreateIntegration(t, client)
	out, err := client.GetIntegration(t.Context(), &cloudwatchlogs.GetIntegrationInput{
		IntegrationName: integration.IntegrationName,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-integration", out)
}
