package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateInstanceExportTask is the parity test of EC2 CreateInstanceExportTask.
// CreateInstanceExportTask: Exports a running or stopped instance to an Amazon S3 bucket.
func TestCreateInstanceExportTask(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.CreateInstanceExportTask(t.Context(), &ec2.CreateInstanceExportTaskInput{
		// InstanceId: *string (required)
		// TargetEnvironment: types.ExportEnvironment (required)
		// ExportToS3Task: *types.ExportToS3TaskSpecification (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-instance-export-task", out)
}
