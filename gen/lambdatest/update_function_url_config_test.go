package lambdatest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/awsparity/awsparity/gen/lambdatest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateFunctionUrlConfig is the parity test of Lambda UpdateFunctionUrlConfig.
// UpdateFunctionUrlConfig: Updates the configuration for a Lambda function URL.
func TestUpdateFunctionUrlConfig(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(lambdatest.Transformers()...))
	client := newClient(t)
	function := lambdatest.CreateFunction(t, client)
	out, err := client.UpdateFunctionUrlConfig(t.Context(), &lambda.UpdateFunctionUrlConfigInput{
		FunctionName: function.FunctionName,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-function-url-config", out)
}
