package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateVerifiedAccessEndpoint is the parity test of EC2 CreateVerifiedAccessEndpoint.
// CreateVerifiedAccessEndpoint: An Amazon Web Services Verified Access endpoint is where you define your application along with an optional endpoint-level access policy.
func TestCreateVerifiedAccessEndpoint(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.CreateVerifiedAccessEndpoint(t.Context(), &ec2.CreateVerifiedAccessEndpointInput{
		// VerifiedAccessGroupId: *string (required)
		// EndpointType: types.VerifiedAccessEndpointType (required)
		// AttachmentType: types.VerifiedAccessEndpointAttachmentType (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-verified-access-endpoint", out)
}
