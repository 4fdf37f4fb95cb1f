package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGenerateOrganizationsAccessReport is the parity test of IAM GenerateOrganizationsAccessReport.
// GenerateOrganizationsAccessReport: Generates a report for service last accessed data for Organizations.
func TestGenerateOrganizationsAccessReport(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	out, err := client.GenerateOrganizationsAccessReport(t.Context(), &iam.GenerateOrganizationsAccessReportInput{
		// EntityPath: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("generate-organizations-access-report", out)
}
