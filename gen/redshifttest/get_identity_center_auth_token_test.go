package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetIdentityCenterAuthToken is the parity test of Redshift GetIdentityCenterAuthToken.
// GetIdentityCenterAuthToken: Generates an encrypted authentication token that propagates the caller's Amazon Web Services IAM Identity Center identity to Amazon Redshift clusters.
func TestGetIdentityCenterAuthToken(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	out, err := client.GetIdentityCenterAuthToken(t.Context(), &redshift.GetIdentityCenterAuthTokenInput{
		// ClusterIds: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-identity-center-auth-token", out)
}
