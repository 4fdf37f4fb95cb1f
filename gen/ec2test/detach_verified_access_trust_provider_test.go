package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDetachVerifiedAccessTrustProvider is the parity test of EC2 DetachVerifiedAccessTrustProvider.
// DetachVerifiedAccessTrustProvider: Detaches the specified Amazon Web Services Verified Access trust provider from the specified Amazon Web Services Verified Access instance.
func TestDetachVerifiedAccessTrustProvider(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	verifiedAccessTrustProvider := ec2test.CreateVerifiedAccessTrustProvider(t, client)
	out, err := client.DetachVerifiedAccessTrustProvider(t.Context(), &ec2.DetachVerifiedAccessTrustProviderInput{
		// VerifiedAccessInstanceId: *string (required)
		VerifiedAccessTrustProviderId: verifiedAccessTrustProvider.VerifiedAccessTrustProvider.VerifiedAccessTrustProviderId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("detach-verified-access-trust-provider", out)
}
