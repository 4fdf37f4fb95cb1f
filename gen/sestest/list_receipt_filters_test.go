package sestest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/awsparity/awsparity/gen/sestest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListReceiptFilters is the parity test of SES ListReceiptFilters.
// ListReceiptFilters: Lists the IP address filters associated with your Amazon Web Services account in the current Amazon Web Services Region.
func TestListReceiptFilters(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sestest.Transformers()...))
	client := newClient(t)
	out, err := client.ListReceiptFilters(t.Context(), &ses.ListReceiptFiltersInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-receipt-filters", out)
}
