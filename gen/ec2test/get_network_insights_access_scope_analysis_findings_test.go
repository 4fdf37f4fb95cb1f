package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetNetworkInsightsAccessScopeAnalysisFindings is the parity test of EC2 GetNetworkInsightsAccessScopeAnalysisFindings.
// GetNetworkInsightsAccessScopeAnalysisFindings: Gets the findings for the specified Network Access Scope analysis.
func TestGetNetworkInsightsAccessScopeAnalysisFindings(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.GetNetworkInsightsAccessScopeAnalysisFindings(t.Context(), &ec2.GetNetworkInsightsAccessScopeAnalysisFindingsInput{
		// NetworkInsightsAccessScopeAnalysisId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-network-insights-access-scope-analysis-findings", out)
}
