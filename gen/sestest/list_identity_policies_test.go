package sestest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/awsparity/awsparity/gen/sestest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListIdentityPolicies is the parity test of SES ListIdentityPolicies.
// ListIdentityPolicies: Returns a list of sending authorization policies that are attached to the given identity (an email address or a domain).
func TestListIdentityPolicies(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sestest.Transformers()...))
	client := newClient(t)
	out, err := client.ListIdentityPolicies(t.Context(), &ses.ListIdentityPoliciesInput{
		// Identity: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-identity-policies", out)
}
