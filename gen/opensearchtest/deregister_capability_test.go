package opensearchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/opensearch"
	"github.com/awsparity/awsparity/gen/opensearchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeregisterCapability is the parity test of OpenSearch DeregisterCapability.
// DeregisterCapability: Deregisters a capability from an OpenSearch UI application.
func TestDeregisterCapability(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(opensearchtest.Transformers()...))
	client := newClient(t)
	out, err := client.DeregisterCapability(t.Context(), &opensearch.DeregisterCapabilityInput{
		// ApplicationId: *string (required)
		// CapabilityName: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("deregister-capability", out)
}
