package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeregisterInstanceEventNotificationAttributes is the parity test of EC2 DeregisterInstanceEventNotificationAttributes.
// DeregisterInstanceEventNotificationAttributes: Deregisters tag keys to prevent tags that have the specified tag keys from being included in scheduled event notifications for resources in the Region.
func TestDeregisterInstanceEventNotificationAttributes(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.DeregisterInstanceEventNotificationAttributes(t.Context(), &ec2.DeregisterInstanceEventNotificationAttributesInput{
		// InstanceTagAttribute: *types.DeregisterInstanceTagAttributeRequest (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("deregister-instance-event-notification-attributes", out)
}
