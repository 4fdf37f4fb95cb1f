package opensearchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/opensearch"
	"github.com/awsparity/awsparity/gen/opensearchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateApplication is the parity test of OpenSearch CreateApplication.
// CreateApplication: Creates an OpenSearch UI application.
func TestCreateApplication(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(opensearchtest.Transformers()...))
	client := newClient(t)
	// opensearchtest.CreateApplication calls CreateApplication with the input below and deletes the Application when the test ends.
	out := opensearchtest.CreateApplication(t, client, func(in *opensearch.CreateApplicationInput) {
		// in.Name = *string (required; the fixture sets it)
	})
	snap.Match("create-application", out)
}
