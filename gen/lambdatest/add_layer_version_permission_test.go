package lambdatest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/awsparity/awsparity/gen/lambdatest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAddLayerVersionPermission is the parity test of Lambda AddLayerVersionPermission.
// AddLayerVersionPermission: Adds permissions to the resource-based policy of a version of an Lambda layer.
func TestAddLayerVersionPermission(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(lambdatest.Transformers()...))
	client := newClient(t)
	out, err := client.AddLayerVersionPermission(t.Context(), &lambda.AddLayerVersionPermissionInput{
		// LayerName: *string (required)
		// VersionNumber: *int64 (required)
		// StatementId: *string (required)
		// Action: *string (required)
		// Principal: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("add-layer-version-permission", out)
}
