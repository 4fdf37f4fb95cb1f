package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateFleet is the parity test of EC2 CreateFleet.
// CreateFleet: Creates an EC2 Fleet that contains the configuration information for On-Demand Instances and Spot Instances.
func TestCreateFleet(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.CreateFleet(t.Context(), &ec2.CreateFleetInput{
		// LaunchTemplateConfigs: []types.FleetLaunchTemplateConfigRequest (required)
		// TargetCapacitySpecification: *types.TargetCapacitySpecificationRequest (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-fleet", out)
}
