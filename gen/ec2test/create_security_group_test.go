package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateSecurityGroup is the parity test of EC2 CreateSecurityGroup.
// CreateSecurityGroup: Creates a security group.
func TestCreateSecurityGroup(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	// ec2test.CreateSecurityGroup calls CreateSecurityGroup with the input below and deletes the SecurityGroup when the test ends.
	out := ec2test.CreateSecurityGroup(t, client, func(in *ec2.CreateSecurityGroupInput) {
		// in.Description = *string (required)
		// in.GroupName = *string (required; the fixture sets it)
	})
	snap.Match("create-security-group", out)
}
