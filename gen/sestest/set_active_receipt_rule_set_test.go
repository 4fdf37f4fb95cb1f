package sestest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/awsparity/awsparity/gen/sestest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestSetActiveReceiptRuleSet is the parity test of SES SetActiveReceiptRuleSet.
// SetActiveReceiptRuleSet: Sets the specified receipt rule set as the active receipt rule set.
func TestSetActiveReceiptRuleSet(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sestest.Transformers()...))
	client := newClient(t)
	var receiptRuleSet *string
	sestest.CreateReceiptRuleSet(t, client, func(in *ses.CreateReceiptRuleSetInput) { receiptRuleSet = in.RuleSetName })
	out, err := client.SetActiveReceiptRuleSet(t.Context(), &ses.SetActiveReceiptRuleSetInput{
		RuleSetName: receiptRuleSet,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("set-active-receipt-rule-set", out)
}
