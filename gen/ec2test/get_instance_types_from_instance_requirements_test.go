package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetInstanceTypesFromInstanceRequirements is the parity test of EC2 GetInstanceTypesFromInstanceRequirements.
// GetInstanceTypesFromInstanceRequirements: Returns a list of instance types with the specified instance attributes.
func TestGetInstanceTypesFromInstanceRequirements(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.GetInstanceTypesFromInstanceRequirements(t.Context(), &ec2.GetInstanceTypesFromInstanceRequirementsInput{
		// ArchitectureTypes: []types.ArchitectureType (required)
		// VirtualizationTypes: []types.VirtualizationType (required)
		// InstanceRequirements: *types.InstanceRequirementsRequest (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-instance-types-from-instance-requirements", out)
}
