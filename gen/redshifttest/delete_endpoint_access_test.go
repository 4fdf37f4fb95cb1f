package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteEndpointAccess is the parity test of Redshift DeleteEndpointAccess.
// DeleteEndpointAccess: Deletes a Redshift-managed VPC endpoint.
func TestDeleteEndpointAccess(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	out, err := client.DeleteEndpointAccess(t.Context(), &redshift.DeleteEndpointAccessInput{
		// EndpointName: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-endpoint-access", out)
}
