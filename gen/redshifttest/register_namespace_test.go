package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestRegisterNamespace is the parity test of Redshift RegisterNamespace.
// RegisterNamespace: Registers a cluster or serverless namespace to the Amazon Web Services Glue Data Catalog.
func TestRegisterNamespace(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	out, err := client.RegisterNamespace(t.Context(), &redshift.RegisterNamespaceInput{
		// NamespaceIdentifier: types.NamespaceIdentifierUnion (required)
		// ConsumerIdentifiers: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("register-namespace", out)
}
