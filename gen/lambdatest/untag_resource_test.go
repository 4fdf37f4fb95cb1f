package lambdatest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/awsparity/awsparity/gen/lambdatest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUntagResource is the parity test of Lambda UntagResource.
// UntagResource: Removes tags from a function, event source mapping, or code signing configuration.
func TestUntagResource(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(lambdatest.Transformers()...))
	client := newClient(t)
	out, err := client.UntagResource(t.Context(), &lambda.UntagResourceInput{
		// Resource: *string (required)
		// TagKeys: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("untag-resource", out)
}
