package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateRedshiftIdcApplication is the parity test of Redshift CreateRedshiftIdcApplication.
// CreateRedshiftIdcApplication: Creates an Amazon Redshift application for use with IAM Identity Center.
func TestCreateRedshiftIdcApplication(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	// redshifttest.CreateRedshiftIdcApplication calls CreateRedshiftIdcApplication with the input below and deletes the RedshiftIdcApplication when the test ends.
	out := redshifttest.CreateRedshiftIdcApplication(t, client, func(in *redshift.CreateRedshiftIdcApplicationInput) {
		// in.IdcInstanceArn = *string (required)
		// in.RedshiftIdcApplicationName = *string (required; the fixture sets it)
		// in.IdcDisplayName = *string (required)
		// in.IamRoleArn = *string (required)
	})
	snap.Match("create-redshift-idc-application", out)
}
