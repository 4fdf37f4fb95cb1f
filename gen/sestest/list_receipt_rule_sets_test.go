package sestest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/awsparity/awsparity/gen/sestest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListReceiptRuleSets is the parity test of SES ListReceiptRuleSets.
// ListReceiptRuleSets: Lists the receipt rule sets that exist under your Amazon Web Services account in the current Amazon Web Services Region.
func TestListReceiptRuleSets(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sestest.Transformers()...))
	client := newClient(t)
	out, err := client.ListReceiptRuleSets(t.Context(), &ses.ListReceiptRuleSetsInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-receipt-rule-sets", out)
}
