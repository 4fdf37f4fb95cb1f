package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateKeyPair is the parity test of EC2 CreateKeyPair.
// CreateKeyPair: Creates an ED25519 or 2048-bit RSA key pair with the specified name and in the specified format.
func TestCreateKeyPair(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	// ec2test.CreateKeyPair calls CreateKeyPair with the input below and deletes the KeyPair when the test ends.
	out := ec2test.CreateKeyPair(t, client, func(in *ec2.CreateKeyPairInput) {
		// in.KeyName = *string (required)
	})
	snap.Match("create-key-pair", out)
}
