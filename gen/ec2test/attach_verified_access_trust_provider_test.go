package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAttachVerifiedAccessTrustProvider is the parity test of EC2 AttachVerifiedAccessTrustProvider.
// AttachVerifiedAccessTrustProvider: Attaches the specified Amazon Web Services Verified Access trust provider to the specified Amazon Web Services Verified Access instance.
func TestAttachVerifiedAccessTrustProvider(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	verifiedAccessTrustProvider := ec2test.CreateVerifiedAccessTrustProvider(t, client)
	out, err := client.AttachVerifiedAccessTrustProvider(t.Context(), &ec2.AttachVerifiedAccessTrustProviderInput{
		// VerifiedAccessInstanceId: *string (required)
		VerifiedAccessTrustProviderId: verifiedAccessTrustProvider.VerifiedAccessTrustProvider.VerifiedAccessTrustProviderId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("attach-verified-access-trust-provider", out)
}
