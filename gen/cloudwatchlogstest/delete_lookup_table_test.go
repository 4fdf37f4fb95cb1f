package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteLookupTable is the parity test of CloudWatch Logs DeleteLookupTable.
// DeleteLookupTable: Deletes a lookup table permanently.
func TestDeleteLookupTable(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	lookupTable := cloudwatchlogstest.CreateLookupTable(t, client)
	out, err := client.DeleteLookupTable(t.Context(), &cloudwatchlogs.DeleteLookupTableInput{
		LookupTableArn: lookupTable.LookupTableArn,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-lookup-table", out)
}
