package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDisableInstanceSqlHaStandbyDetections is the parity test of EC2 DisableInstanceSqlHaStandbyDetections.
// DisableInstanceSqlHaStandbyDetections: Disable Amazon EC2 instances running in an SQL Server High Availability cluster from SQL Server High Availability instance standby detection monitoring.
func TestDisableInstanceSqlHaStandbyDetections(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.DisableInstanceSqlHaStandbyDetections(t.Context(), &ec2.DisableInstanceSqlHaStandbyDetectionsInput{
		// InstanceIds: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("disable-instance-sql-ha-standby-detections", out)
}
