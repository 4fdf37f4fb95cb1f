package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyEndpointAccess is the parity test of Redshift ModifyEndpointAccess.
// ModifyEndpointAccess: Modifies a Redshift-managed VPC endpoint.
func TestModifyEndpointAccess(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	out, err := client.ModifyEndpointAccess(t.Context(), &redshift.ModifyEndpointAccessInput{
		// EndpointName: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-endpoint-access", out)
}
