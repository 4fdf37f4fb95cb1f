package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestRegisterInstanceEventNotificationAttributes is the parity test of EC2 RegisterInstanceEventNotificationAttributes.
// RegisterInstanceEventNotificationAttributes: Registers a set of tag keys to include in scheduled event notifications for your resources.
func TestRegisterInstanceEventNotificationAttributes(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.RegisterInstanceEventNotificationAttributes(t.Context(), &ec2.RegisterInstanceEventNotificationAttributesInput{
		// InstanceTagAttribute: *types.RegisterInstanceTagAttributeRequest (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("register-instance-event-notification-attributes", out)
}
