package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateNetworkInsightsAccessScope is the parity test of EC2 CreateNetworkInsightsAccessScope.
// CreateNetworkInsightsAccessScope: Creates a Network Access Scope.
func TestCreateNetworkInsightsAccessScope(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	// ec2test.CreateNetworkInsightsAccessScope calls CreateNetworkInsightsAccessScope with the input below and deletes the NetworkInsightsAccessScope when the test ends.
	out := ec2test.CreateNetworkInsightsAccessScope(t, client, func(in *ec2.CreateNetworkInsightsAccessScopeInput) {
	})
	snap.Match("create-network-insights-access-scope", out)
}
