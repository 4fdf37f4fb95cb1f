package kmstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/kms"
	"github.com/awsparity/awsparity/gen/kmstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListRetirableGrants is the parity test of KMS ListRetirableGrants.
// ListRetirableGrants: Returns information about all grants in the Amazon Web Services account and Region that have the specified retiring principal.
func TestListRetirableGrants(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(kmstest.Transformers()...))
	client := newClient(t)
	out, err := client.ListRetirableGrants(t.Context(), &kms.ListRetirableGrantsInput{
		// RetiringPrincipal: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-retirable-grants", out)
}
