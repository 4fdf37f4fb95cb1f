package secretsmanagertest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"
	"github.com/awsparity/awsparity/gen/secretsmanagertest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListSecrets is the parity test of Secrets Manager ListSecrets.
// ListSecrets: Lists the secrets that are stored by Secrets Manager in the Amazon Web Services account, not including secrets that are marked for deletion.
func TestListSecrets(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(secretsmanagertest.Transformers()...))
	client := newClient(t)
	out, err := client.ListSecrets(t.Context(), &secretsmanager.ListSecretsInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-secrets", out)
}
