package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeIntegrations is the parity test of Redshift DescribeIntegrations.
// DescribeIntegrations: Describes one or more zero-ETL or S3 event integrations with Amazon Redshift.
func TestDescribeIntegrations(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	integration := redshifttest.CreateIntegration(t, client)
	out, err := client.DescribeIntegrations(t.Context(), &redshift.DescribeIntegrationsInput{
		IntegrationArn: integration.IntegrationArn,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-integrations", out)
}
