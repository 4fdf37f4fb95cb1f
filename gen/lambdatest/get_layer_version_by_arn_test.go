package lambdatest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/awsparity/awsparity/gen/lambdatest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetLayerVersionByArn is the parity test of Lambda GetLayerVersionByArn.
// GetLayerVersionByArn: Returns information about a version of an Lambda layer, with a link to download the layer archive that's valid for 10 minutes.
func TestGetLayerVersionByArn(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(lambdatest.Transformers()...))
	client := newClient(t)
	out, err := client.GetLayerVersionByArn(t.Context(), &lambda.GetLayerVersionByArnInput{
		// Arn: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-layer-version-by-arn", out)
}
