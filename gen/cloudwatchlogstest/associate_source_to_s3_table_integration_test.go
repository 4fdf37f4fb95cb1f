package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAssociateSourceToS3TableIntegration is the parity test of CloudWatch Logs AssociateSourceToS3TableIntegration.
// AssociateSourceToS3TableIntegration: Associates a data source with an S3 Table Integration for query access in the 'logs' namespace.
func TestAssociateSourceToS3TableIntegration(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	out, err := client.AssociateSourceToS3TableIntegration(t.Context(), &cloudwatchlogs.AssociateSourceToS3TableIntegrationInput{
		// IntegrationArn: *string (required)
		// DataSource: *types.DataSource (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("associate-source-to-s3-table-integration", out)
}
