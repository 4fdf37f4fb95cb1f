package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestStartNetworkInsightsAccessScopeAnalysis is the parity test of EC2 StartNetworkInsightsAccessScopeAnalysis.
// StartNetworkInsightsAccessScopeAnalysis: Starts analyzing the specified Network Access Scope.
func TestStartNetworkInsightsAccessScopeAnalysis(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	networkInsightsAccessScope := ec2test.CreateNetworkInsightsAccessScope(t, client)
	out, err := client.StartNetworkInsightsAccessScopeAnalysis(t.Context(), &ec2.StartNetworkInsightsAccessScopeAnalysisInput{
		NetworkInsightsAccessScopeId: networkInsightsAccessScope.NetworkInsightsAccessScope.NetworkInsightsAccessScopeId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("start-network-insights-access-scope-analysis", out)
}
