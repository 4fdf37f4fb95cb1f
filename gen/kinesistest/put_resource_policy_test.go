package kinesistest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/kinesis"
	"github.com/awsparity/awsparity/gen/kinesistest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPutResourcePolicy is the parity test of Kinesis PutResourcePolicy.
// PutResourcePolicy: Attaches a resource-based policy to a data stream or registered consumer.
func TestPutResourcePolicy(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(kinesistest.Transformers()...))
	client := newClient(t)
	out, err := client.PutResourcePolicy(t.Context(), &kinesis.PutResourcePolicyInput{
		// ResourceARN: *string (required)
		// Policy: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("put-resource-policy", out)
}
