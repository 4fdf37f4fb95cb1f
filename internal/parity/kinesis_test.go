package parity

import (
	"bytes"
	"slices"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/kinesis"
	"github.com/aws/aws-sdk-go-v2/service/kinesis/types"
	"github.com/awsparity/awsparity/gen/kinesistest"
	"github.com/awsparity/awsparity/runtime/fixture"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// Ported from LocalStack's tests/aws/services/kinesis/test_kinesis.py (Apache-2.0).
const kinesisTests = "tests/aws/services/kinesis/test_kinesis.py::TestKinesis::"

// kinesisRun adds the placeholders LocalStack's 2022 recordings use, before
// the generated ones (which would name them <sequence-number:N>).
func kinesisRun(t *testing.T, name string, body func(t *testing.T, c *kinesis.Client, snap *snapshot.Snapshot)) {
	opts := []snapshot.Option{
		snapshot.WithTransformers(snapshot.Keys("sequence_number", "SequenceNumber"),
			snapshot.KeyValue("ApproximateArrivalTimestamp", "timestamp")),
		snapshot.WithTransformers(kinesistest.Transformers()...)}
	runPorted(t, "kinesis", kinesisTests+name, opts,
		func(t *testing.T, tg Target) *kinesis.Client {
			return clientOf(t, tg, kinesis.NewFromConfig, kinesistest.WithServer(Bind(tg, kinesistest.NewFake())))
		}, body)
}

func TestKinesisAddTagsToStream(t *testing.T) {
	kinesisRun(t, "test_add_tags_to_stream", func(t *testing.T, c *kinesis.Client, snap *snapshot.Snapshot) {
		name := aws.String(kinesistest.CreateStream(t, c).ID)
		of(c.AddTagsToStream(t.Context(), &kinesis.AddTagsToStreamInput{StreamName: name, Tags: map[string]string{"foo": "bar"}})).must(t)
		tags := of(c.ListTagsForStream(t.Context(), &kinesis.ListTagsForStreamInput{StreamName: name})).must(t).Tags
		// LocalStack's stream has only this tag; ours also has the fixtures' run tag.
		tags = slices.DeleteFunc(tags, func(tg types.Tag) bool { k, _ := fixture.RunTag(); return aws.ToString(tg.Key) == k })
		if len(tags) == 0 {
			t.Fatal("ListTagsForStream returned no tag")
		}
		snap.Match("Tags", tags[0])
	})
}

func TestKinesisRecordLifecycleDataIntegrity(t *testing.T) {
	kinesisRun(t, "test_record_lifecycle_data_integrity", func(t *testing.T, c *kinesis.Client, snap *snapshot.Snapshot) {
		name := aws.String(kinesistest.CreateStream(t, c).ID)
		shards := of(c.ListShards(t.Context(), &kinesis.ListShardsInput{StreamName: name})).must(t).Shards
		iterator := of(c.GetShardIterator(t.Context(), &kinesis.GetShardIteratorInput{StreamName: name,
			ShardId: shards[0].ShardId, ShardIteratorType: types.ShardIteratorTypeTrimHorizon})).must(t).ShardIterator
		for _, data := range []string{"test", "ünicödé 统一码 💣💻🔥", string(bytes.Repeat([]byte("a"), 1000)), ""} {
			of(c.PutRecord(t.Context(), &kinesis.PutRecordInput{StreamName: name, Data: []byte(data), PartitionKey: aws.String("1")})).must(t)
		}
		records := of(c.GetRecords(t.Context(), &kinesis.GetRecordsInput{ShardIterator: iterator})).must(t).Records
		slices.SortFunc(records, func(a, b types.Record) int { return bytes.Compare(a.Data, b.Data) })
		snap.Match("Records", records)
	})
}
