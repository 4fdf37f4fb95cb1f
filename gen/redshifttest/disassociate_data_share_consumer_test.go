package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDisassociateDataShareConsumer is the parity test of Redshift DisassociateDataShareConsumer.
// DisassociateDataShareConsumer: From a datashare consumer account, remove association for the specified datashare.
func TestDisassociateDataShareConsumer(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	out, err := client.DisassociateDataShareConsumer(t.Context(), &redshift.DisassociateDataShareConsumerInput{
		// DataShareArn: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("disassociate-data-share-consumer", out)
}
