package lambdatest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/awsparity/awsparity/gen/lambdatest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListFunctionsByCodeSigningConfig is the parity test of Lambda ListFunctionsByCodeSigningConfig.
// ListFunctionsByCodeSigningConfig: List the functions that use the specified code signing configuration.
func TestListFunctionsByCodeSigningConfig(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(lambdatest.Transformers()...))
	client := newClient(t)
	codeSigningConfig := lambdatest.CreateCodeSigningConfig(t, client)
	out, err := client.ListFunctionsByCodeSigningConfig(t.Context(), &lambda.ListFunctionsByCodeSigningConfigInput{
		CodeSigningConfigArn: codeSigningConfig.CodeSigningConfig.CodeSigningConfigArn,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-functions-by-code-signing-config", out)
}
