package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateVpcEndpointConnectionNotification is the parity test of EC2 CreateVpcEndpointConnectionNotification.
// CreateVpcEndpointConnectionNotification: Creates a connection notification for a specified VPC endpoint or VPC endpoint service.
func TestCreateVpcEndpointConnectionNotification(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.CreateVpcEndpointConnectionNotification(t.Context(), &ec2.CreateVpcEndpointConnectionNotificationInput{
		// ConnectionNotificationArn: *string (required)
		// ConnectionEvents: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-vpc-endpoint-connection-notification", out)
}
