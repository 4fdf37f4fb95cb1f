package opensearchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/opensearch"
	"github.com/awsparity/awsparity/gen/opensearchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetCapability is the parity test of OpenSearch GetCapability.
// GetCapability: Retrieves information about a registered capability for an OpenSearch UI application, including its configuration and current status.
func TestGetCapability(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(opensearchtest.Transformers()...))
	client := newClient(t)
	out, err := client.GetCapability(t.Context(), &opensearch.GetCapabilityInput{
		// ApplicationId: *string (required)
		// CapabilityName: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-capability", out)
}
