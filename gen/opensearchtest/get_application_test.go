package opensearchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/opensearch"
	"github.com/awsparity/awsparity/gen/opensearchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetApplication is the parity test of OpenSearch GetApplication.
// GetApplication: Retrieves the configuration and status of an existing OpenSearch application.
func TestGetApplication(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(opensearchtest.Transformers()...))
	client := newClient(t)
	application := opensearchtest.CreateApplication(t, client)
	out, err := client.GetApplication(t.Context(), &opensearch.GetApplicationInput{
		Id: application.Id,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-application", out)
}
