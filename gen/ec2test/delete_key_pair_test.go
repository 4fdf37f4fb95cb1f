package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteKeyPair is the parity test of EC2 DeleteKeyPair.
// DeleteKeyPair: Deletes the specified key pair, by removing the public key from Amazon EC2.
func TestDeleteKeyPair(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	keyPair := ec2test.CreateKeyPair(t, client)
	out, err := client.DeleteKeyPair(t.Context(), &ec2.DeleteKeyPairInput{
		KeyPairId: keyPair.KeyPairId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-key-pair", out)
}
