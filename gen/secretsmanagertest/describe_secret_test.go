package secretsmanagertest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"
	"github.com/awsparity/awsparity/gen/secretsmanagertest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeSecret is the parity test of Secrets Manager DescribeSecret.
// DescribeSecret: Retrieves the details of a secret.
func TestDescribeSecret(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(secretsmanagertest.Transformers()...))
	client := newClient(t)
	secret := secretsmanagertest.CreateSecret(t, client)
	out, err := client.DescribeSecret(t.Context(), &secretsmanager.DescribeSecretInput{
		SecretId: secret.ARN,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-secret", out)
}
