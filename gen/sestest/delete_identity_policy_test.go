package sestest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/awsparity/awsparity/gen/sestest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteIdentityPolicy is the parity test of SES DeleteIdentityPolicy.
// DeleteIdentityPolicy: Deletes the specified sending authorization policy for the given identity (an email address or a domain).
func TestDeleteIdentityPolicy(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sestest.Transformers()...))
	client := newClient(t)
	out, err := client.DeleteIdentityPolicy(t.Context(), &ses.DeleteIdentityPolicyInput{
		// Identity: *string (required)
		// PolicyName: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-identity-policy", out)
}
