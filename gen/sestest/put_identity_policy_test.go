package sestest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/awsparity/awsparity/gen/sestest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPutIdentityPolicy is the parity test of SES PutIdentityPolicy.
// PutIdentityPolicy: Adds or updates a sending authorization policy for the specified identity (an email address or a domain).
func TestPutIdentityPolicy(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sestest.Transformers()...))
	client := newClient(t)
	out, err := client.PutIdentityPolicy(t.Context(), &ses.PutIdentityPolicyInput{
		// Identity: *string (required)
		// PolicyName: *string (required)
		// Policy: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("put-identity-policy", out)
}
