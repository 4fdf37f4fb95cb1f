package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestReportInstanceStatus is the parity test of EC2 ReportInstanceStatus.
// ReportInstanceStatus: Submits feedback about the status of an instance.
func TestReportInstanceStatus(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.ReportInstanceStatus(t.Context(), &ec2.ReportInstanceStatusInput{
		// Instances: []string (required)
		// Status: types.ReportStatusType (required)
		// ReasonCodes: []types.ReportInstanceReasonCodes (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("report-instance-status", out)
}
