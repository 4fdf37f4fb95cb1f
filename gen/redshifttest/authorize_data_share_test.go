package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAuthorizeDataShare is the parity test of Redshift AuthorizeDataShare.
// AuthorizeDataShare: From a data producer account, authorizes the sharing of a datashare with one or more consumer accounts or managing entities.
func TestAuthorizeDataShare(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	out, err := client.AuthorizeDataShare(t.Context(), &redshift.AuthorizeDataShareInput{
		// DataShareArn: *string (required)
		// ConsumerIdentifier: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("authorize-data-share", out)
}
