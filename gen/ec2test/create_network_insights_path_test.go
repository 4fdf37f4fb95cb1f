package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateNetworkInsightsPath is the parity test of EC2 CreateNetworkInsightsPath.
// CreateNetworkInsightsPath: Creates a path to analyze for reachability.
func TestCreateNetworkInsightsPath(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	// ec2test.CreateNetworkInsightsPath calls CreateNetworkInsightsPath with the input below and deletes the NetworkInsightsPath when the test ends.
	out := ec2test.CreateNetworkInsightsPath(t, client, func(in *ec2.CreateNetworkInsightsPathInput) {
		// in.Source = *string (required)
		// in.Protocol = types.Protocol (required)
	})
	snap.Match("create-network-insights-path", out)
}
