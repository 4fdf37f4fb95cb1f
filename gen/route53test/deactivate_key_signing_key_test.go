package route53test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/awsparity/awsparity/gen/route53test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeactivateKeySigningKey is the parity test of Route 53 DeactivateKeySigningKey.
// DeactivateKeySigningKey: Deactivates a key-signing key (KSK) so that it will not be used for signing by DNSSEC.
func TestDeactivateKeySigningKey(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(route53test.Transformers()...))
	client := newClient(t)
	out, err := client.DeactivateKeySigningKey(t.Context(), &route53.DeactivateKeySigningKeyInput{
		// HostedZoneId: *string (required)
		// Name: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("deactivate-key-signing-key", out)
}
