package lambdatest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/awsparity/awsparity/gen/lambdatest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPutFunctionCodeSigningConfig is the parity test of Lambda PutFunctionCodeSigningConfig.
// PutFunctionCodeSigningConfig: Update the code signing configuration for the function.
func TestPutFunctionCodeSigningConfig(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(lambdatest.Transformers()...))
	client := newClient(t)
	codeSigningConfig := lambdatest.CreateCodeSigningConfig(t, client)
	out, err := client.PutFunctionCodeSigningConfig(t.Context(), &lambda.PutFunctionCodeSigningConfigInput{
		CodeSigningConfigArn: codeSigningConfig.CodeSigningConfig.CodeSigningConfigArn,
		// FunctionName: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("put-function-code-signing-config", out)
}
