package secretsmanagertest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"
	"github.com/awsparity/awsparity/gen/secretsmanagertest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPutSecretValue is the parity test of Secrets Manager PutSecretValue.
// PutSecretValue: Creates a new version of your secret by creating a new encrypted value and attaching it to the secret.
func TestPutSecretValue(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(secretsmanagertest.Transformers()...))
	client := newClient(t)
	secret := secretsmanagertest.CreateSecret(t, client)
	out, err := client.PutSecretValue(t.Context(), &secretsmanager.PutSecretValueInput{
		SecretId: secret.ARN,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("put-secret-value", out)
}
