package dynamodbstreamstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/dynamodbstreams"
	"github.com/awsparity/awsparity/gen/dynamodbstreamstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetRecords is the parity test of DynamoDB Streams GetRecords.
// GetRecords: Retrieves the stream records from a given shard.
func TestGetRecords(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbstreamstest.Transformers()...))
	client := newClient(t)
	out, err := client.GetRecords(t.Context(), &dynamodbstreams.GetRecordsInput{
		// ShardIterator: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-records", out)
}
