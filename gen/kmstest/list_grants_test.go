package kmstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/kms"
	"github.com/awsparity/awsparity/gen/kmstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListGrants is the parity test of KMS ListGrants.
// ListGrants: Gets a list of all grants for the specified KMS key.
func TestListGrants(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(kmstest.Transformers()...))
	client := newClient(t)
	key := kmstest.CreateKey(t, client)
	out, err := client.ListGrants(t.Context(), &kms.ListGrantsInput{
		KeyId: key.KeyMetadata.KeyId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-grants", out)
}
