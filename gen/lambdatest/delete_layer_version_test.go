package lambdatest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/awsparity/awsparity/gen/lambdatest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteLayerVersion is the parity test of Lambda DeleteLayerVersion.
// DeleteLayerVersion: Deletes a version of an Lambda layer.
func TestDeleteLayerVersion(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(lambdatest.Transformers()...))
	client := newClient(t)
	out, err := client.DeleteLayerVersion(t.Context(), &lambda.DeleteLayerVersionInput{
		// LayerName: *string (required)
		// VersionNumber: *int64 (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-layer-version", out)
}
