package eventbridgetest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/eventbridge"
	"github.com/awsparity/awsparity/gen/eventbridgetest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPutTargets is the parity test of EventBridge PutTargets.
// PutTargets: Adds the specified targets to the specified rule, or updates the targets if they are already associated with the rule.
func TestPutTargets(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(eventbridgetest.Transformers()...))
	client := newClient(t)
	out, err := client.PutTargets(t.Context(), &eventbridge.PutTargetsInput{
		// Rule: *string (required)
		// Targets: []types.Target (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("put-targets", out)
}
