package lambdatest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/awsparity/awsparity/gen/lambdatest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteEventSourceMapping is the parity test of Lambda DeleteEventSourceMapping.
// DeleteEventSourceMapping: Deletes an event source mapping.
func TestDeleteEventSourceMapping(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(lambdatest.Transformers()...))
	client := newClient(t)
	out, err := client.DeleteEventSourceMapping(t.Context(), &lambda.DeleteEventSourceMappingInput{
		// UUID: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-event-source-mapping", out)
}
