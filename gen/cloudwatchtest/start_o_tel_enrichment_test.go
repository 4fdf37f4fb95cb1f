package cloudwatchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatch"
	"github.com/awsparity/awsparity/gen/cloudwatchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestStartOTelEnrichment is the parity test of CloudWatch StartOTelEnrichment.
// StartOTelEnrichment: Enables enrichment and PromQL access for CloudWatch vended metrics for supported Amazon Web Services resources in the account.
func TestStartOTelEnrichment(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchtest.Transformers()...))
	client := newClient(t)
	out, err := client.StartOTelEnrichment(t.Context(), &cloudwatch.StartOTelEnrichmentInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("start-o-tel-enrichment", out)
}
