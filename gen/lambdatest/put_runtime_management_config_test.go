package lambdatest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/awsparity/awsparity/gen/lambdatest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPutRuntimeManagementConfig is the parity test of Lambda PutRuntimeManagementConfig.
// PutRuntimeManagementConfig: Sets the runtime management configuration for a function's version.
func TestPutRuntimeManagementConfig(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(lambdatest.Transformers()...))
	client := newClient(t)
	function := lambdatest.CreateFunction(t, client)
	out, err := client.PutRuntimeManagementConfig(t.Context(), &lambda.PutRuntimeManagementConfigInput{
		FunctionName: function.FunctionName,
		// UpdateRuntimeOn: types.UpdateRuntimeOn (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("put-runtime-management-config", out)
}
