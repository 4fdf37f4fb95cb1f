package sestest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/awsparity/awsparity/gen/sestest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetIdentityDkimAttributes is the parity test of SES GetIdentityDkimAttributes.
// GetIdentityDkimAttributes: Returns the current status of Easy DKIM signing for an entity.
func TestGetIdentityDkimAttributes(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sestest.Transformers()...))
	client := newClient(t)
	out, err := client.GetIdentityDkimAttributes(t.Context(), &ses.GetIdentityDkimAttributesInput{
		// Identities: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-identity-dkim-attributes", out)
}
