package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyInstanceNetworkPerformanceOptions is the parity test of EC2 ModifyInstanceNetworkPerformanceOptions.
// ModifyInstanceNetworkPerformanceOptions: Change the configuration of the network performance options for an existing instance.
func TestModifyInstanceNetworkPerformanceOptions(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.ModifyInstanceNetworkPerformanceOptions(t.Context(), &ec2.ModifyInstanceNetworkPerformanceOptionsInput{
		// InstanceId: *string (required)
		// BandwidthWeighting: types.InstanceBandwidthWeighting (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-instance-network-performance-options", out)
}
