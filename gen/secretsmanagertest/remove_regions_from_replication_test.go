package secretsmanagertest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"
	"github.com/awsparity/awsparity/gen/secretsmanagertest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestRemoveRegionsFromReplication is the parity test of Secrets Manager RemoveRegionsFromReplication.
// RemoveRegionsFromReplication: For a secret that is replicated to other Regions, deletes the secret replicas from the Regions you specify.
func TestRemoveRegionsFromReplication(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(secretsmanagertest.Transformers()...))
	client := newClient(t)
	secret := secretsmanagertest.CreateSecret(t, client)
	out, err := client.RemoveRegionsFromReplication(t.Context(), &secretsmanager.RemoveRegionsFromReplicationInput{
		SecretId: secret.ARN,
		// RemoveReplicaRegions: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("remove-regions-from-replication", out)
}
