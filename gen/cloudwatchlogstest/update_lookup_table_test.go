package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateLookupTable is the parity test of CloudWatch Logs UpdateLookupTable.
// UpdateLookupTable: Updates an existing lookup table by replacing all of its CSV content.
func TestUpdateLookupTable(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	lookupTable := cloudwatchlogstest.CreateLookupTable(t, client)
	out, err := client.UpdateLookupTable(t.Context(), &cloudwatchlogs.UpdateLookupTableInput{
		LookupTableArn: lookupTable.LookupTableArn,
		// TableBody: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-lookup-table", out)
}
