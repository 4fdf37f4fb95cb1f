package opensearchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/opensearch"
	"github.com/awsparity/awsparity/gen/opensearchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestRegisterCapability is the parity test of OpenSearch RegisterCapability.
// RegisterCapability: Registers a capability for an OpenSearch UI application.
func TestRegisterCapability(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(opensearchtest.Transformers()...))
	client := newClient(t)
	out, err := client.RegisterCapability(t.Context(), &opensearch.RegisterCapabilityInput{
		// ApplicationId: *string (required)
		// CapabilityName: *string (required)
		// CapabilityConfig: types.CapabilityBaseRequestConfig (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("register-capability", out)
}
