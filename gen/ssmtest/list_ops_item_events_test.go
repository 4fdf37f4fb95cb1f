package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListOpsItemEvents is the parity test of SSM ListOpsItemEvents.
// ListOpsItemEvents: Returns a list of all OpsItem events in the current Amazon Web Services Region and Amazon Web Services account.
func TestListOpsItemEvents(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	out, err := client.ListOpsItemEvents(t.Context(), &ssm.ListOpsItemEventsInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-ops-item-events", out)
}
