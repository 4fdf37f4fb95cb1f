package kmstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/kms"
	"github.com/awsparity/awsparity/gen/kmstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetParametersForImport is the parity test of KMS GetParametersForImport.
// GetParametersForImport: Returns the public key and an import token you need to import or reimport key material for a KMS key.
func TestGetParametersForImport(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(kmstest.Transformers()...))
	client := newClient(t)
	key := kmstest.CreateKey(t, client)
	out, err := client.GetParametersForImport(t.Context(), &kms.GetParametersForImportInput{
		KeyId: key.KeyMetadata.KeyId,
		// WrappingAlgorithm: types.AlgorithmSpec (required)
		// WrappingKeySpec: types.WrappingKeySpec (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-parameters-for-import", out)
}
