package secretsmanagertest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"
	"github.com/awsparity/awsparity/gen/secretsmanagertest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestReplicateSecretToRegions is the parity test of Secrets Manager ReplicateSecretToRegions.
// ReplicateSecretToRegions: Replicates the secret to a new Regions.
func TestReplicateSecretToRegions(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(secretsmanagertest.Transformers()...))
	client := newClient(t)
	secret := secretsmanagertest.CreateSecret(t, client)
	out, err := client.ReplicateSecretToRegions(t.Context(), &secretsmanager.ReplicateSecretToRegionsInput{
		SecretId: secret.ARN,
		// AddReplicaRegions: []types.ReplicaRegionType (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("replicate-secret-to-regions", out)
}
