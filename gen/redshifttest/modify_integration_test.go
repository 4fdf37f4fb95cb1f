package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyIntegration is the parity test of Redshift ModifyIntegration.
// ModifyIntegration: Modifies a zero-ETL integration or S3 event integration with Amazon Redshift.
func TestModifyIntegration(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	integration := redshifttest.CreateIntegration(t, client)
	out, err := client.ModifyIntegration(t.Context(), &redshift.ModifyIntegrationInput{
		IntegrationArn: integration.IntegrationArn,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-integration", out)
}
