package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetOpsSummary is the parity test of SSM GetOpsSummary.
// GetOpsSummary: View a summary of operations metadata (OpsData) based on specified filters and aggregators.
func TestGetOpsSummary(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	var resourceDataSync *string
	ssmtest.CreateResourceDataSync(t, client, func(in *ssm.CreateResourceDataSyncInput) { resourceDataSync = in.SyncName })
	out, err := client.GetOpsSummary(t.Context(), &ssm.GetOpsSummaryInput{
		SyncName: resourceDataSync,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-ops-summary", out)
}
