package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyInstanceMaintenanceOptions is the parity test of EC2 ModifyInstanceMaintenanceOptions.
// ModifyInstanceMaintenanceOptions: Modifies the recovery behavior of your instance to disable simplified automatic recovery or set the recovery behavior to default.
func TestModifyInstanceMaintenanceOptions(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.ModifyInstanceMaintenanceOptions(t.Context(), &ec2.ModifyInstanceMaintenanceOptionsInput{
		// InstanceId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-instance-maintenance-options", out)
}
