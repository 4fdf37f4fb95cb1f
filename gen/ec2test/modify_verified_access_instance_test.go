package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyVerifiedAccessInstance is the parity test of EC2 ModifyVerifiedAccessInstance.
// ModifyVerifiedAccessInstance: Modifies the configuration of the specified Amazon Web Services Verified Access instance.
func TestModifyVerifiedAccessInstance(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	verifiedAccessInstance := ec2test.CreateVerifiedAccessInstance(t, client)
	out, err := client.ModifyVerifiedAccessInstance(t.Context(), &ec2.ModifyVerifiedAccessInstanceInput{
		VerifiedAccessInstanceId: verifiedAccessInstance.VerifiedAccessInstance.VerifiedAccessInstanceId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-verified-access-instance", out)
}
