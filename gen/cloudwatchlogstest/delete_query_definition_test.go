package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteQueryDefinition is the parity test of CloudWatch Logs DeleteQueryDefinition.
// DeleteQueryDefinition: Deletes a saved CloudWatch Logs Insights query definition.
func TestDeleteQueryDefinition(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	queryDefinition := cloudwatchlogstest.CreateQueryDefinition(t, client)
	out, err := client.DeleteQueryDefinition(t.Context(), &cloudwatchlogs.DeleteQueryDefinitionInput{
		QueryDefinitionId: queryDefinition.QueryDefinitionId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-query-definition", out)
}
