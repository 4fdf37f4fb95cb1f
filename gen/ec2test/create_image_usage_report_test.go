package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateImageUsageReport is the parity test of EC2 CreateImageUsageReport.
// CreateImageUsageReport: Creates a report that shows how your image is used across other Amazon Web Services accounts.
func TestCreateImageUsageReport(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	image := ec2test.CreateImage(t, client)
	out, err := client.CreateImageUsageReport(t.Context(), &ec2.CreateImageUsageReportInput{
		ImageId: image.ImageId,
		// ResourceTypes: []types.ImageUsageResourceTypeRequest (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-image-usage-report", out)
}
