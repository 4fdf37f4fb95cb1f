package lambdatest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/awsparity/awsparity/gen/lambdatest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateEventSourceMapping is the parity test of Lambda UpdateEventSourceMapping.
// UpdateEventSourceMapping: Updates an event source mapping.
func TestUpdateEventSourceMapping(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(lambdatest.Transformers()...))
	client := newClient(t)
	function := lambdatest.CreateFunction(t, client)
	out, err := client.UpdateEventSourceMapping(t.Context(), &lambda.UpdateEventSourceMappingInput{
		// UUID: *string (required)
		FunctionName: function.FunctionName,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-event-source-mapping", out)
}
