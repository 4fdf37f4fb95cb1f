package sestest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/awsparity/awsparity/gen/sestest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateReceiptRuleSet is the parity test of SES CreateReceiptRuleSet.
// CreateReceiptRuleSet: Creates an empty receipt rule set.
func TestCreateReceiptRuleSet(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sestest.Transformers()...))
	client := newClient(t)
	// sestest.CreateReceiptRuleSet calls CreateReceiptRuleSet with the input below and deletes the ReceiptRuleSet when the test ends.
	out := sestest.CreateReceiptRuleSet(t, client, func(in *ses.CreateReceiptRuleSetInput) {
		// in.RuleSetName = *string (required; the fixture sets it)
	})
	snap.Match("create-receipt-rule-set", out)
}
