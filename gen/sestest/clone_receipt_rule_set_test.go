package sestest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/awsparity/awsparity/gen/sestest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCloneReceiptRuleSet is the parity test of SES CloneReceiptRuleSet.
// CloneReceiptRuleSet: Creates a receipt rule set by cloning an existing one.
func TestCloneReceiptRuleSet(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sestest.Transformers()...))
	client := newClient(t)
	var receiptRuleSet *string
	sestest.CreateReceiptRuleSet(t, client, func(in *ses.CreateReceiptRuleSetInput) { receiptRuleSet = in.RuleSetName })
	out, err := client.CloneReceiptRuleSet(t.Context(), &ses.CloneReceiptRuleSetInput{
		RuleSetName: receiptRuleSet,
		// OriginalRuleSetName: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("clone-receipt-rule-set", out)
}
