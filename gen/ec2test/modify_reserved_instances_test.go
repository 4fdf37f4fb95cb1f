package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyReservedInstances is the parity test of EC2 ModifyReservedInstances.
// ModifyReservedInstances: Modifies the configuration of your Reserved Instances, such as the Availability Zone, instance count, or instance type.
func TestModifyReservedInstances(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.ModifyReservedInstances(t.Context(), &ec2.ModifyReservedInstancesInput{
		// ReservedInstancesIds: []string (required)
		// TargetConfigurations: []types.ReservedInstancesConfiguration (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-reserved-instances", out)
}
