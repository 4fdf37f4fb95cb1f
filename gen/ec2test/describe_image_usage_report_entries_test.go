package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeImageUsageReportEntries is the parity test of EC2 DescribeImageUsageReportEntries.
// DescribeImageUsageReportEntries: Describes the entries in image usage reports, showing how your images are used across other Amazon Web Services accounts.
func TestDescribeImageUsageReportEntries(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeImageUsageReportEntries(t.Context(), &ec2.DescribeImageUsageReportEntriesInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-image-usage-report-entries", out)
}
