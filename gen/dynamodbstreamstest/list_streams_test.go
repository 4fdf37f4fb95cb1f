package dynamodbstreamstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/dynamodbstreams"
	"github.com/awsparity/awsparity/gen/dynamodbstreamstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListStreams is the parity test of DynamoDB Streams ListStreams.
// ListStreams: Returns an array of stream ARNs associated with the current account and endpoint.
func TestListStreams(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbstreamstest.Transformers()...))
	client := newClient(t)
	out, err := client.ListStreams(t.Context(), &dynamodbstreams.ListStreamsInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-streams", out)
}
