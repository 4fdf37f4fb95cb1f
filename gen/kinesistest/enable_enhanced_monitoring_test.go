package kinesistest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/kinesis"
	"github.com/awsparity/awsparity/gen/kinesistest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestEnableEnhancedMonitoring is the parity test of Kinesis EnableEnhancedMonitoring.
// EnableEnhancedMonitoring: Enables enhanced Kinesis data stream monitoring for shard-level metrics.
func TestEnableEnhancedMonitoring(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(kinesistest.Transformers()...))
	client := newClient(t)
	var stream *string
	kinesistest.CreateStream(t, client, func(in *kinesis.CreateStreamInput) { stream = in.StreamName })
	out, err := client.EnableEnhancedMonitoring(t.Context(), &kinesis.EnableEnhancedMonitoringInput{
		StreamName: stream,
		// ShardLevelMetrics: []types.MetricsName (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("enable-enhanced-monitoring", out)
}
