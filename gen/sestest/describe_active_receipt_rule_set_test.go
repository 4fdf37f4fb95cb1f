package sestest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/awsparity/awsparity/gen/sestest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeActiveReceiptRuleSet is the parity test of SES DescribeActiveReceiptRuleSet.
// DescribeActiveReceiptRuleSet: Returns the metadata and receipt rules for the receipt rule set that is currently active.
func TestDescribeActiveReceiptRuleSet(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sestest.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeActiveReceiptRuleSet(t.Context(), &ses.DescribeActiveReceiptRuleSetInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-active-receipt-rule-set", out)
}
