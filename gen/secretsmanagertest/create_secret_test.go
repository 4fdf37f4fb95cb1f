package secretsmanagertest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"
	"github.com/awsparity/awsparity/gen/secretsmanagertest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateSecret is the parity test of Secrets Manager CreateSecret.
// CreateSecret: Creates a new secret.
func TestCreateSecret(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(secretsmanagertest.Transformers()...))
	client := newClient(t)
	// secretsmanagertest.CreateSecret calls CreateSecret with the input below and deletes the Secret when the test ends.
	out := secretsmanagertest.CreateSecret(t, client, func(in *secretsmanager.CreateSecretInput) {
		// in.Name = *string (required; the fixture sets it)
	})
	snap.Match("create-secret", out)
}
