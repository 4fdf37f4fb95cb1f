package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetOrganizationsAccessReport is the parity test of IAM GetOrganizationsAccessReport.
// GetOrganizationsAccessReport: Retrieves the service last accessed data report for Organizations that was previously generated using the GenerateOrganizationsAccessReport operation.
func TestGetOrganizationsAccessReport(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	out, err := client.GetOrganizationsAccessReport(t.Context(), &iam.GetOrganizationsAccessReportInput{
		// JobId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-organizations-access-report", out)
}
