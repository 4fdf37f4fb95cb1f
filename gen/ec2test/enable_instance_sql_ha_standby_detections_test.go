package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestEnableInstanceSqlHaStandbyDetections is the parity test of EC2 EnableInstanceSqlHaStandbyDetections.
// EnableInstanceSqlHaStandbyDetections: Enable Amazon EC2 instances running in an SQL Server High Availability cluster for SQL Server High Availability instance standby detection monitoring.
func TestEnableInstanceSqlHaStandbyDetections(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.EnableInstanceSqlHaStandbyDetections(t.Context(), &ec2.EnableInstanceSqlHaStandbyDetectionsInput{
		// InstanceIds: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("enable-instance-sql-ha-standby-detections", out)
}
