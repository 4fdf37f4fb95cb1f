package kinesistest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/kinesis"
	"github.com/awsparity/awsparity/gen/kinesistest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeStreamSummary is the parity test of Kinesis DescribeStreamSummary.
// Provides a summarized description of the specified Kinesis data stream
// without the shard list.
func TestDescribeStreamSummary(t *testing.T) {
	snap := snapshot.New(t, snapshot.WithTransformers(kinesistest.Transformers()...))
	client := newClient(t)
	stream := aws.String(kinesistest.CreateStream(t, client).ID)
	out, err := client.DescribeStreamSummary(t.Context(), &kinesis.DescribeStreamSummaryInput{
		StreamName: stream,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-stream-summary", out)
}
