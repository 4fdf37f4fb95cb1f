package cloudwatchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatch"
	"github.com/awsparity/awsparity/gen/cloudwatchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPutManagedInsightRules is the parity test of CloudWatch PutManagedInsightRules.
// PutManagedInsightRules: Creates a managed Contributor Insights rule for a specified Amazon Web Services resource.
func TestPutManagedInsightRules(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchtest.Transformers()...))
	client := newClient(t)
	out, err := client.PutManagedInsightRules(t.Context(), &cloudwatch.PutManagedInsightRulesInput{
		// ManagedRules: []types.ManagedRule (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("put-managed-insight-rules", out)
}
