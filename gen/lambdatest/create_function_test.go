package lambdatest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/awsparity/awsparity/gen/lambdatest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateFunction is the parity test of Lambda CreateFunction.
// CreateFunction: Creates a Lambda function.
func TestCreateFunction(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(lambdatest.Transformers()...))
	client := newClient(t)
	// lambdatest.CreateFunction calls CreateFunction with the input below and deletes the Function when the test ends.
	out := lambdatest.CreateFunction(t, client, func(in *lambda.CreateFunctionInput) {
		// in.FunctionName = *string (required; the fixture sets it)
		// in.Role = *string (required; the fixture sets it)
		// in.Code = *types.FunctionCode (required; the fixture sets it)
	})
	snap.Match("create-function", out)
}
