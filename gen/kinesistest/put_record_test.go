package kinesistest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/kinesis"
	"github.com/awsparity/awsparity/gen/kinesistest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPutRecord is the parity test of Kinesis PutRecord.
// Writes a single data record into an Amazon Kinesis data stream.
func TestPutRecord(t *testing.T) {
	snap := snapshot.New(t, snapshot.WithTransformers(kinesistest.Transformers()...))
	client := newClient(t)
	stream := aws.String(kinesistest.CreateStream(t, client).ID)
	out, err := client.PutRecord(t.Context(), &kinesis.PutRecordInput{
		StreamName:   stream,
		Data:         []byte("hello"),
		PartitionKey: aws.String("key-1"),
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	// Sequence numbers grow with every record the emulator or AWS has seen.
	snap.Match("put-record", out, snapshot.WithTransformers(snapshot.Identifiers("SequenceNumber")))
}
