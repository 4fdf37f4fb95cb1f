package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateVerifiedAccessGroup is the parity test of EC2 CreateVerifiedAccessGroup.
// CreateVerifiedAccessGroup: An Amazon Web Services Verified Access group is a collection of Amazon Web Services Verified Access endpoints who's associated applications have similar security requirements.
func TestCreateVerifiedAccessGroup(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	verifiedAccessInstance := ec2test.CreateVerifiedAccessInstance(t, client)
	out, err := client.CreateVerifiedAccessGroup(t.Context(), &ec2.CreateVerifiedAccessGroupInput{
		VerifiedAccessInstanceId: verifiedAccessInstance.VerifiedAccessInstance.VerifiedAccessInstanceId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-verified-access-group", out)
}
