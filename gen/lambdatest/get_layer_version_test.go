package lambdatest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/awsparity/awsparity/gen/lambdatest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetLayerVersion is the parity test of Lambda GetLayerVersion.
// GetLayerVersion: Returns information about a version of an Lambda layer, with a link to download the layer archive that's valid for 10 minutes.
func TestGetLayerVersion(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(lambdatest.Transformers()...))
	client := newClient(t)
	out, err := client.GetLayerVersion(t.Context(), &lambda.GetLayerVersionInput{
		// LayerName: *string (required)
		// VersionNumber: *int64 (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-layer-version", out)
}
