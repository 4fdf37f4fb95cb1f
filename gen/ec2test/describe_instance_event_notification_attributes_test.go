package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeInstanceEventNotificationAttributes is the parity test of EC2 DescribeInstanceEventNotificationAttributes.
// DescribeInstanceEventNotificationAttributes: Describes the tag keys that are registered to appear in scheduled event notifications for resources in the current Region.
func TestDescribeInstanceEventNotificationAttributes(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeInstanceEventNotificationAttributes(t.Context(), &ec2.DescribeInstanceEventNotificationAttributesInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-instance-event-notification-attributes", out)
}
