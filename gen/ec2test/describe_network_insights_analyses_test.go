package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeNetworkInsightsAnalyses is the parity test of EC2 DescribeNetworkInsightsAnalyses.
// DescribeNetworkInsightsAnalyses: Describes one or more of your network insights analyses.
func TestDescribeNetworkInsightsAnalyses(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	networkInsightsPath := ec2test.CreateNetworkInsightsPath(t, client)
	out, err := client.DescribeNetworkInsightsAnalyses(t.Context(), &ec2.DescribeNetworkInsightsAnalysesInput{
		NetworkInsightsPathId: networkInsightsPath.NetworkInsightsPath.NetworkInsightsPathId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-network-insights-analyses", out)
}
