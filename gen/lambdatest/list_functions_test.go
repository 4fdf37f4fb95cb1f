package lambdatest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/awsparity/awsparity/gen/lambdatest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListFunctions is the parity test of Lambda ListFunctions.
// ListFunctions: Returns a list of Lambda functions, with the version-specific configuration of each.
func TestListFunctions(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(lambdatest.Transformers()...))
	client := newClient(t)
	out, err := client.ListFunctions(t.Context(), &lambda.ListFunctionsInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-functions", out)
}
