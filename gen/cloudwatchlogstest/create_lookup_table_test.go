package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateLookupTable is the parity test of CloudWatch Logs CreateLookupTable.
// CreateLookupTable: Creates a lookup table by uploading CSV data.
func TestCreateLookupTable(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	// cloudwatchlogstest.CreateLookupTable calls CreateLookupTable with the input below and deletes the LookupTable when the test ends.
	out := cloudwatchlogstest.CreateLookupTable(t, client, func(in *cloudwatchlogs.CreateLookupTableInput) {
		// in.LookupTableName = *string (required; the fixture sets it)
		// in.TableBody = *string (required)
	})
	snap.Match("create-lookup-table", out)
}
