package secretsmanagertest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"
	"github.com/awsparity/awsparity/gen/secretsmanagertest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestValidateResourcePolicy is the parity test of Secrets Manager ValidateResourcePolicy.
// ValidateResourcePolicy: Validates that a resource policy does not grant a wide range of principals access to your secret.
func TestValidateResourcePolicy(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(secretsmanagertest.Transformers()...))
	client := newClient(t)
	secret := secretsmanagertest.CreateSecret(t, client)
	out, err := client.ValidateResourcePolicy(t.Context(), &secretsmanager.ValidateResourcePolicyInput{
		SecretId: secret.ARN,
		// ResourcePolicy: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("validate-resource-policy", out)
}
