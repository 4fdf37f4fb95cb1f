package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListNodesSummary is the parity test of SSM ListNodesSummary.
// ListNodesSummary: Generates a summary of managed instance/node metadata based on the filters and aggregators you specify.
func TestListNodesSummary(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	var resourceDataSync *string
	ssmtest.CreateResourceDataSync(t, client, func(in *ssm.CreateResourceDataSyncInput) { resourceDataSync = in.SyncName })
	out, err := client.ListNodesSummary(t.Context(), &ssm.ListNodesSummaryInput{
		SyncName: resourceDataSync,
		// Aggregators: []types.NodeAggregator (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-nodes-summary", out)
}
