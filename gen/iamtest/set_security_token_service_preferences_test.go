package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestSetSecurityTokenServicePreferences is the parity test of IAM SetSecurityTokenServicePreferences.
// SetSecurityTokenServicePreferences: Sets the specified version of the global endpoint token as the token version used for the Amazon Web Services account.
func TestSetSecurityTokenServicePreferences(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	out, err := client.SetSecurityTokenServicePreferences(t.Context(), &iam.SetSecurityTokenServicePreferencesInput{
		// GlobalEndpointTokenVersion: types.GlobalEndpointTokenVersion (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("set-security-token-service-preferences", out)
}
