package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestImportKeyPair is the parity test of EC2 ImportKeyPair.
// ImportKeyPair: Imports the public key from an RSA or ED25519 key pair that you created using a third-party tool.
func TestImportKeyPair(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.ImportKeyPair(t.Context(), &ec2.ImportKeyPairInput{
		// KeyName: *string (required)
		// PublicKeyMaterial: []byte (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("import-key-pair", out)
}
