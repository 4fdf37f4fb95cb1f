package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteAuthenticationProfile is the parity test of Redshift DeleteAuthenticationProfile.
// DeleteAuthenticationProfile: Deletes an authentication profile.
func TestDeleteAuthenticationProfile(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	authenticationProfile := redshifttest.CreateAuthenticationProfile(t, client)
	out, err := client.DeleteAuthenticationProfile(t.Context(), &redshift.DeleteAuthenticationProfileInput{
		AuthenticationProfileName: authenticationProfile.AuthenticationProfileName,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-authentication-profile", out)
}
