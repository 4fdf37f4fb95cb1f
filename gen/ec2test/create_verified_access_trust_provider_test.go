package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateVerifiedAccessTrustProvider is the parity test of EC2 CreateVerifiedAccessTrustProvider.
// CreateVerifiedAccessTrustProvider: A trust provider is a third-party entity that creates, maintains, and manages identity information for users and devices.
func TestCreateVerifiedAccessTrustProvider(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	// ec2test.CreateVerifiedAccessTrustProvider calls CreateVerifiedAccessTrustProvider with the input below and deletes the VerifiedAccessTrustProvider when the test ends.
	out := ec2test.CreateVerifiedAccessTrustProvider(t, client, func(in *ec2.CreateVerifiedAccessTrustProviderInput) {
		// in.TrustProviderType = types.TrustProviderType (required)
		// in.PolicyReferenceName = *string (required)
	})
	snap.Match("create-verified-access-trust-provider", out)
}
