package route53test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/awsparity/awsparity/gen/route53test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateKeySigningKey is the parity test of Route 53 CreateKeySigningKey.
// CreateKeySigningKey: Creates a new key-signing key (KSK) associated with a hosted zone.
func TestCreateKeySigningKey(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(route53test.Transformers()...))
	client := newClient(t)
	out, err := client.CreateKeySigningKey(t.Context(), &route53.CreateKeySigningKeyInput{
		// CallerReference: *string (required)
		// HostedZoneId: *string (required)
		// KeyManagementServiceArn: *string (required)
		// Name: *string (required)
		// Status: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-key-signing-key", out)
}
