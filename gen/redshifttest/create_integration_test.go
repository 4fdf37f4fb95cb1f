package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateIntegration is the parity test of Redshift CreateIntegration.
// CreateIntegration: Creates a zero-ETL integration or S3 event integration with Amazon Redshift.
func TestCreateIntegration(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	// redshifttest.CreateIntegration calls CreateIntegration with the input below and deletes the Integration when the test ends.
	out := redshifttest.CreateIntegration(t, client, func(in *redshift.CreateIntegrationInput) {
		// in.SourceArn = *string (required)
		// in.TargetArn = *string (required)
		// in.IntegrationName = *string (required; the fixture sets it)
	})
	snap.Match("create-integration", out)
}
