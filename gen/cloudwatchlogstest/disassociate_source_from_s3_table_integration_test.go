package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDisassociateSourceFromS3TableIntegration is the parity test of CloudWatch Logs DisassociateSourceFromS3TableIntegration.
// DisassociateSourceFromS3TableIntegration: Disassociates a data source from an S3 Table Integration, removing query access and deleting all associated data from the integration.
func TestDisassociateSourceFromS3TableIntegration(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	out, err := client.DisassociateSourceFromS3TableIntegration(t.Context(), &cloudwatchlogs.DisassociateSourceFromS3TableIntegrationInput{
		// Identifier: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("disassociate-source-from-s3-table-integration", out)
}
