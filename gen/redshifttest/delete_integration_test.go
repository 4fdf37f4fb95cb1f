package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteIntegration is the parity test of Redshift DeleteIntegration.
// DeleteIntegration: Deletes a zero-ETL integration or S3 event integration with Amazon Redshift.
func TestDeleteIntegration(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	integration := redshifttest.CreateIntegration(t, client)
	out, err := client.DeleteIntegration(t.Context(), &redshift.DeleteIntegrationInput{
		IntegrationArn: integration.IntegrationArn,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-integration", out)
}
