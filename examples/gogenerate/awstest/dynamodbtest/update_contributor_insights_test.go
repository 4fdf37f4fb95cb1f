package dynamodbtest_test

import (
	"errors"
	"testing"

	"example.com/shop/awstest/dynamodbtest"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/smithy-go"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateContributorInsights is the parity test of DynamoDB UpdateContributorInsights.
// Updates the status for contributor insights for a specific table or index.
func TestUpdateContributorInsights(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	table := dynamodbtest.CreateTable(t, client)
	out, err := client.UpdateContributorInsights(t.Context(), &dynamodb.UpdateContributorInsightsInput{
		TableName: aws.String(table.ID),
		// ContributorInsightsAction: types.ContributorInsightsActionEnable, // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-contributor-insights", out)

	// The modelled error ResourceNotFoundException, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.UpdateContributorInsights(t.Context(), &dynamodb.UpdateContributorInsightsInput{
			// TableName: aws.String("__TableName__"),
			// ContributorInsightsAction: types.ContributorInsightsActionEnable,
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "ResourceNotFoundException" {
			t.Fatalf("UpdateContributorInsights: got %v, want the modelled error ResourceNotFoundException", err)
		}
		snap.Match("update-contributor-insights-resource-not-found-exception", err)
	}
}
