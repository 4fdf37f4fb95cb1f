package lambdatest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/awsparity/awsparity/gen/lambdatest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestRemoveLayerVersionPermission is the parity test of Lambda RemoveLayerVersionPermission.
// RemoveLayerVersionPermission: Removes a statement from the permissions policy for a version of an Lambda layer.
func TestRemoveLayerVersionPermission(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(lambdatest.Transformers()...))
	client := newClient(t)
	out, err := client.RemoveLayerVersionPermission(t.Context(), &lambda.RemoveLayerVersionPermissionInput{
		// LayerName: *string (required)
		// VersionNumber: *int64 (required)
		// StatementId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("remove-layer-version-permission", out)
}
