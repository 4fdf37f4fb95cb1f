package secretsmanagertest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"
	"github.com/awsparity/awsparity/gen/secretsmanagertest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestBatchGetSecretValue is the parity test of Secrets Manager BatchGetSecretValue.
// BatchGetSecretValue: Retrieves the contents of the encrypted fields SecretString or SecretBinary for up to 20 secrets.
func TestBatchGetSecretValue(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(secretsmanagertest.Transformers()...))
	client := newClient(t)
	out, err := client.BatchGetSecretValue(t.Context(), &secretsmanager.BatchGetSecretValueInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("batch-get-secret-value", out)
}
