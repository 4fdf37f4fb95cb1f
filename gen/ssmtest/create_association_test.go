package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateAssociation is the parity test of SSM CreateAssociation.
// CreateAssociation: A State Manager association defines the state that you want to maintain on your managed nodes.
func TestCreateAssociation(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	// ssmtest.CreateAssociation calls CreateAssociation with the input below and deletes the Association when the test ends.
	out := ssmtest.CreateAssociation(t, client, func(in *ssm.CreateAssociationInput) {
		// in.Name = *string (required; the fixture sets it)
	})
	snap.Match("create-association", out)
}
