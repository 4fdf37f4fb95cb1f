package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteCapacityManagerDataExport is the parity test of EC2 DeleteCapacityManagerDataExport.
// DeleteCapacityManagerDataExport: Deletes an existing Capacity Manager data export configuration.
func TestDeleteCapacityManagerDataExport(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	capacityManagerDataExport := ec2test.CreateCapacityManagerDataExport(t, client)
	out, err := client.DeleteCapacityManagerDataExport(t.Context(), &ec2.DeleteCapacityManagerDataExportInput{
		CapacityManagerDataExportId: capacityManagerDataExport.CapacityManagerDataExportId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-capacity-manager-data-export", out)
}
