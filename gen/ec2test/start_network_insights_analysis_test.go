package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestStartNetworkInsightsAnalysis is the parity test of EC2 StartNetworkInsightsAnalysis.
// StartNetworkInsightsAnalysis: Starts analyzing the specified path.
func TestStartNetworkInsightsAnalysis(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	networkInsightsPath := ec2test.CreateNetworkInsightsPath(t, client)
	out, err := client.StartNetworkInsightsAnalysis(t.Context(), &ec2.StartNetworkInsightsAnalysisInput{
		NetworkInsightsPathId: networkInsightsPath.NetworkInsightsPath.NetworkInsightsPathId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("start-network-insights-analysis", out)
}
