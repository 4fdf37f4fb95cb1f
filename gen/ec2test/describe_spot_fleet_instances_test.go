package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeSpotFleetInstances is the parity test of EC2 DescribeSpotFleetInstances.
// DescribeSpotFleetInstances: Describes the running instances for the specified Spot Fleet.
func TestDescribeSpotFleetInstances(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeSpotFleetInstances(t.Context(), &ec2.DescribeSpotFleetInstancesInput{
		// SpotFleetRequestId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-spot-fleet-instances", out)
}
