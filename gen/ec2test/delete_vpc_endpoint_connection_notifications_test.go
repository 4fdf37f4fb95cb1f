package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteVpcEndpointConnectionNotifications is the parity test of EC2 DeleteVpcEndpointConnectionNotifications.
// DeleteVpcEndpointConnectionNotifications: Deletes the specified VPC endpoint connection notifications.
func TestDeleteVpcEndpointConnectionNotifications(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.DeleteVpcEndpointConnectionNotifications(t.Context(), &ec2.DeleteVpcEndpointConnectionNotificationsInput{
		// ConnectionNotificationIds: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-vpc-endpoint-connection-notifications", out)
}
