package eventbridgetest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/eventbridge"
	"github.com/awsparity/awsparity/gen/eventbridgetest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestPutRule is the parity test of EventBridge PutRule.
// PutRule: Creates or updates the specified rule.
func TestPutRule(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(eventbridgetest.Transformers()...))
	client := newClient(t)
	// eventbridgetest.CreateRule calls PutRule with the input below and deletes the Rule when the test ends.
	out := eventbridgetest.CreateRule(t, client, func(in *eventbridge.PutRuleInput) {
		// in.Name = *string (required; the fixture sets it)
	})
	snap.Match("put-rule", out)
}
