package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyRedshiftIdcApplication is the parity test of Redshift ModifyRedshiftIdcApplication.
// ModifyRedshiftIdcApplication: Changes an existing Amazon Redshift IAM Identity Center application.
func TestModifyRedshiftIdcApplication(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	redshiftIdcApplication := redshifttest.CreateRedshiftIdcApplication(t, client)
	out, err := client.ModifyRedshiftIdcApplication(t.Context(), &redshift.ModifyRedshiftIdcApplicationInput{
		RedshiftIdcApplicationArn: redshiftIdcApplication.RedshiftIdcApplication.RedshiftIdcApplicationArn,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-redshift-idc-application", out)
}
