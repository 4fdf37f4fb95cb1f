package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeRedshiftIdcApplications is the parity test of Redshift DescribeRedshiftIdcApplications.
// DescribeRedshiftIdcApplications: Lists the Amazon Redshift IAM Identity Center applications.
func TestDescribeRedshiftIdcApplications(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	redshiftIdcApplication := redshifttest.CreateRedshiftIdcApplication(t, client)
	out, err := client.DescribeRedshiftIdcApplications(t.Context(), &redshift.DescribeRedshiftIdcApplicationsInput{
		RedshiftIdcApplicationArn: redshiftIdcApplication.RedshiftIdcApplication.RedshiftIdcApplicationArn,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-redshift-idc-applications", out)
}
