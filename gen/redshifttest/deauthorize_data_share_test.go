package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeauthorizeDataShare is the parity test of Redshift DeauthorizeDataShare.
// DeauthorizeDataShare: From a datashare producer account, removes authorization from the specified datashare.
func TestDeauthorizeDataShare(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	out, err := client.DeauthorizeDataShare(t.Context(), &redshift.DeauthorizeDataShareInput{
		// DataShareArn: *string (required)
		// ConsumerIdentifier: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("deauthorize-data-share", out)
}
