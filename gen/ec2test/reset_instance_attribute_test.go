package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestResetInstanceAttribute is the parity test of EC2 ResetInstanceAttribute.
// ResetInstanceAttribute: Resets an attribute of an instance to its default value.
func TestResetInstanceAttribute(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.ResetInstanceAttribute(t.Context(), &ec2.ResetInstanceAttributeInput{
		// InstanceId: *string (required)
		// Attribute: types.InstanceAttributeName (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("reset-instance-attribute", out)
}
