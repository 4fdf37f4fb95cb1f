package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteNetworkInsightsAnalysis is the parity test of EC2 DeleteNetworkInsightsAnalysis.
// DeleteNetworkInsightsAnalysis: Deletes the specified network insights analysis.
func TestDeleteNetworkInsightsAnalysis(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.DeleteNetworkInsightsAnalysis(t.Context(), &ec2.DeleteNetworkInsightsAnalysisInput{
		// NetworkInsightsAnalysisId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-network-insights-analysis", out)
}
