package secretsmanagertest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"
	"github.com/awsparity/awsparity/gen/secretsmanagertest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestStopReplicationToReplica is the parity test of Secrets Manager StopReplicationToReplica.
// StopReplicationToReplica: Removes the link between the replica secret and the primary secret and promotes the replica to a primary secret in the replica Region.
func TestStopReplicationToReplica(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(secretsmanagertest.Transformers()...))
	client := newClient(t)
	secret := secretsmanagertest.CreateSecret(t, client)
	out, err := client.StopReplicationToReplica(t.Context(), &secretsmanager.StopReplicationToReplicaInput{
		SecretId: secret.ARN,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("stop-replication-to-replica", out)
}
