package eventbridgetest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/eventbridge"
	"github.com/awsparity/awsparity/gen/eventbridgetest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeRule is the parity test of EventBridge DescribeRule.
// DescribeRule: Describes the specified rule.
func TestDescribeRule(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(eventbridgetest.Transformers()...))
	client := newClient(t)
	var rule *string
	eventbridgetest.CreateRule(t, client, func(in *eventbridge.PutRuleInput) { rule = in.Name })
	out, err := client.DescribeRule(t.Context(), &eventbridge.DescribeRuleInput{
		Name: rule,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-rule", out)
}
