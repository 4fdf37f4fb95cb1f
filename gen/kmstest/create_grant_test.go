package kmstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/kms"
	"github.com/awsparity/awsparity/gen/kmstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateGrant is the parity test of KMS CreateGrant.
// CreateGrant: Adds a grant to a KMS key.
func TestCreateGrant(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(kmstest.Transformers()...))
	client := newClient(t)
	key := kmstest.CreateKey(t, client)
	out, err := client.CreateGrant(t.Context(), &kms.CreateGrantInput{
		KeyId: key.KeyMetadata.KeyId,
		// GranteePrincipal: *string (required)
		// Operations: []types.GrantOperation (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-grant", out)
}
