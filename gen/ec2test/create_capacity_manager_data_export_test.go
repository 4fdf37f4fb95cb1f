package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateCapacityManagerDataExport is the parity test of EC2 CreateCapacityManagerDataExport.
// CreateCapacityManagerDataExport: Creates a new data export configuration for EC2 Capacity Manager.
func TestCreateCapacityManagerDataExport(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	// ec2test.CreateCapacityManagerDataExport calls CreateCapacityManagerDataExport with the input below and deletes the CapacityManagerDataExport when the test ends.
	out := ec2test.CreateCapacityManagerDataExport(t, client, func(in *ec2.CreateCapacityManagerDataExportInput) {
		// in.S3BucketName = *string (required)
		// in.Schedule = types.Schedule (required)
		// in.OutputFormat = types.OutputFormat (required)
	})
	snap.Match("create-capacity-manager-data-export", out)
}
