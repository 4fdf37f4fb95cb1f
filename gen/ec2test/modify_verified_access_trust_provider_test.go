package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyVerifiedAccessTrustProvider is the parity test of EC2 ModifyVerifiedAccessTrustProvider.
// ModifyVerifiedAccessTrustProvider: Modifies the configuration of the specified Amazon Web Services Verified Access trust provider.
func TestModifyVerifiedAccessTrustProvider(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	verifiedAccessTrustProvider := ec2test.CreateVerifiedAccessTrustProvider(t, client)
	out, err := client.ModifyVerifiedAccessTrustProvider(t.Context(), &ec2.ModifyVerifiedAccessTrustProviderInput{
		VerifiedAccessTrustProviderId: verifiedAccessTrustProvider.VerifiedAccessTrustProvider.VerifiedAccessTrustProviderId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-verified-access-trust-provider", out)
}
