package sestest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/awsparity/awsparity/gen/sestest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetIdentityPolicies is the parity test of SES GetIdentityPolicies.
// GetIdentityPolicies: Returns the requested sending authorization policies for the given identity (an email address or a domain).
func TestGetIdentityPolicies(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sestest.Transformers()...))
	client := newClient(t)
	out, err := client.GetIdentityPolicies(t.Context(), &ses.GetIdentityPoliciesInput{
		// Identity: *string (required)
		// PolicyNames: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-identity-policies", out)
}
