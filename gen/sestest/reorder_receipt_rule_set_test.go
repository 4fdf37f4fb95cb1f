package sestest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/awsparity/awsparity/gen/sestest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestReorderReceiptRuleSet is the parity test of SES ReorderReceiptRuleSet.
// ReorderReceiptRuleSet: Reorders the receipt rules within a receipt rule set.
func TestReorderReceiptRuleSet(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sestest.Transformers()...))
	client := newClient(t)
	var receiptRuleSet *string
	sestest.CreateReceiptRuleSet(t, client, func(in *ses.CreateReceiptRuleSetInput) { receiptRuleSet = in.RuleSetName })
	out, err := client.ReorderReceiptRuleSet(t.Context(), &ses.ReorderReceiptRuleSetInput{
		RuleSetName: receiptRuleSet,
		// RuleNames: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("reorder-receipt-rule-set", out)
}
