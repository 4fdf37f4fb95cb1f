package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetLookupTable is the parity test of CloudWatch Logs GetLookupTable.
// GetLookupTable: Retrieves the full content of a lookup table, including the CSV data.
func TestGetLookupTable(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	lookupTable := cloudwatchlogstest.CreateLookupTable(t, client)
	out, err := client.GetLookupTable(t.Context(), &cloudwatchlogs.GetLookupTableInput{
		LookupTableArn: lookupTable.LookupTableArn,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-lookup-table", out)
}
