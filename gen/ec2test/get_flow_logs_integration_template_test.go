package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetFlowLogsIntegrationTemplate is the parity test of EC2 GetFlowLogsIntegrationTemplate.
// GetFlowLogsIntegrationTemplate: Generates a CloudFormation template that streamlines and automates the integration of VPC flow logs with Amazon Athena.
func TestGetFlowLogsIntegrationTemplate(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.GetFlowLogsIntegrationTemplate(t.Context(), &ec2.GetFlowLogsIntegrationTemplateInput{
		// FlowLogId: *string (required)
		// ConfigDeliveryS3DestinationArn: *string (required)
		// IntegrateServices: *types.IntegrateServices (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-flow-logs-integration-template", out)
}
