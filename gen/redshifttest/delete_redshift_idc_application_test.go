package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteRedshiftIdcApplication is the parity test of Redshift DeleteRedshiftIdcApplication.
// DeleteRedshiftIdcApplication: Deletes an Amazon Redshift IAM Identity Center application.
func TestDeleteRedshiftIdcApplication(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	redshiftIdcApplication := redshifttest.CreateRedshiftIdcApplication(t, client)
	out, err := client.DeleteRedshiftIdcApplication(t.Context(), &redshift.DeleteRedshiftIdcApplicationInput{
		RedshiftIdcApplicationArn: redshiftIdcApplication.RedshiftIdcApplication.RedshiftIdcApplicationArn,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-redshift-idc-application", out)
}
