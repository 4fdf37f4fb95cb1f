package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateFlowLogs is the parity test of EC2 CreateFlowLogs.
// CreateFlowLogs: Creates one or more flow logs to capture information about IP traffic for a specific network interface, subnet, or VPC.
func TestCreateFlowLogs(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.CreateFlowLogs(t.Context(), &ec2.CreateFlowLogsInput{
		// ResourceIds: []string (required)
		// ResourceType: types.FlowLogsResourceType (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-flow-logs", out)
}
