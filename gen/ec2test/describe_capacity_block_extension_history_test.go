package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeCapacityBlockExtensionHistory is the parity test of EC2 DescribeCapacityBlockExtensionHistory.
// DescribeCapacityBlockExtensionHistory: Describes the events for the specified Capacity Block extension during the specified time.
func TestDescribeCapacityBlockExtensionHistory(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeCapacityBlockExtensionHistory(t.Context(), &ec2.DescribeCapacityBlockExtensionHistoryInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-capacity-block-extension-history", out)
}
