package lambdatest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/awsparity/awsparity/gen/lambdatest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPublishLayerVersion is the parity test of Lambda PublishLayerVersion.
// PublishLayerVersion: Creates an Lambda layer from a ZIP archive.
func TestPublishLayerVersion(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(lambdatest.Transformers()...))
	client := newClient(t)
	out, err := client.PublishLayerVersion(t.Context(), &lambda.PublishLayerVersionInput{
		// LayerName: *string (required)
		// Content: *types.LayerVersionContentInput (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("publish-layer-version", out)
}
