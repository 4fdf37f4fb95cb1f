package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteVerifiedAccessTrustProvider is the parity test of EC2 DeleteVerifiedAccessTrustProvider.
// DeleteVerifiedAccessTrustProvider: Delete an Amazon Web Services Verified Access trust provider.
func TestDeleteVerifiedAccessTrustProvider(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	verifiedAccessTrustProvider := ec2test.CreateVerifiedAccessTrustProvider(t, client)
	out, err := client.DeleteVerifiedAccessTrustProvider(t.Context(), &ec2.DeleteVerifiedAccessTrustProviderInput{
		VerifiedAccessTrustProviderId: verifiedAccessTrustProvider.VerifiedAccessTrustProvider.VerifiedAccessTrustProviderId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-verified-access-trust-provider", out)
}
