package dynamodbstreamstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/dynamodbstreams"
	"github.com/awsparity/awsparity/gen/dynamodbstreamstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeStream is the parity test of DynamoDB Streams DescribeStream.
// DescribeStream: Returns information about a stream, including the current status of the stream, its Amazon Resource Name (ARN), the composition of its shards, and its corresponding DynamoDB table.
func TestDescribeStream(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbstreamstest.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeStream(t.Context(), &dynamodbstreams.DescribeStreamInput{
		// StreamArn: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-stream", out)
}
