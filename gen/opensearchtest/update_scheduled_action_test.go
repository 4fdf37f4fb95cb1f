package opensearchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/opensearch"
	"github.com/awsparity/awsparity/gen/opensearchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateScheduledAction is the parity test of OpenSearch UpdateScheduledAction.
// UpdateScheduledAction: Reschedules a planned domain configuration change for a later time.
func TestUpdateScheduledAction(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(opensearchtest.Transformers()...))
	client := newClient(t)
	var domain *string
	opensearchtest.CreateDomain(t, client, func(in *opensearch.CreateDomainInput) { domain = in.DomainName })
	out, err := client.UpdateScheduledAction(t.Context(), &opensearch.UpdateScheduledActionInput{
		DomainName: domain,
		// ActionID: *string (required)
		// ActionType: types.ActionType (required)
		// ScheduleAt: types.ScheduleAt (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-scheduled-action", out)
}
