package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteIntegration is the parity test of CloudWatch Logs DeleteIntegration.
// DeleteIntegration: Deletes the integration between CloudWatch Logs and OpenSearch Service.
func TestDeleteIntegration(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	integration := cloudwatchlogstest.CreateIntegration(t, client)
	out, err := client.DeleteIntegration(t.Context(), &cloudwatchlogs.DeleteIntegrationInput{
		IntegrationName: integration.IntegrationName,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-integration", out)
}
