package sestest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/awsparity/awsparity/gen/sestest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateReceiptFilter is the parity test of SES CreateReceiptFilter.
// CreateReceiptFilter: Creates a new IP address filter.
func TestCreateReceiptFilter(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sestest.Transformers()...))
	client := newClient(t)
	out, err := client.CreateReceiptFilter(t.Context(), &ses.CreateReceiptFilterInput{
		// Filter: *types.ReceiptFilter (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-receipt-filter", out)
}
