package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateAuthenticationProfile is the parity test of Redshift CreateAuthenticationProfile.
// CreateAuthenticationProfile: Creates an authentication profile with the specified parameters.
func TestCreateAuthenticationProfile(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	// redshifttest.CreateAuthenticationProfile calls CreateAuthenticationProfile with the input below and deletes the AuthenticationProfile when the test ends.
	out := redshifttest.CreateAuthenticationProfile(t, client, func(in *redshift.CreateAuthenticationProfileInput) {
		// in.AuthenticationProfileName = *string (required; the fixture sets it)
		// in.AuthenticationProfileContent = *string (required)
	})
	snap.Match("create-authentication-profile", out)
}
