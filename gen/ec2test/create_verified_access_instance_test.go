package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateVerifiedAccessInstance is the parity test of EC2 CreateVerifiedAccessInstance.
// CreateVerifiedAccessInstance: An Amazon Web Services Verified Access instance is a regional entity that evaluates application requests and grants access only when your security requirements are met.
func TestCreateVerifiedAccessInstance(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	// ec2test.CreateVerifiedAccessInstance calls CreateVerifiedAccessInstance with the input below and deletes the VerifiedAccessInstance when the test ends.
	out := ec2test.CreateVerifiedAccessInstance(t, client, func(in *ec2.CreateVerifiedAccessInstanceInput) {
	})
	snap.Match("create-verified-access-instance", out)
}
