package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeAuthenticationProfiles is the parity test of Redshift DescribeAuthenticationProfiles.
// DescribeAuthenticationProfiles: Describes an authentication profile.
func TestDescribeAuthenticationProfiles(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	authenticationProfile := redshifttest.CreateAuthenticationProfile(t, client)
	out, err := client.DescribeAuthenticationProfiles(t.Context(), &redshift.DescribeAuthenticationProfilesInput{
		AuthenticationProfileName: authenticationProfile.AuthenticationProfileName,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-authentication-profiles", out)
}
