package lambdatest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/awsparity/awsparity/gen/lambdatest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateCodeSigningConfig is the parity test of Lambda CreateCodeSigningConfig.
// CreateCodeSigningConfig: Creates a code signing configuration.
func TestCreateCodeSigningConfig(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(lambdatest.Transformers()...))
	client := newClient(t)
	// lambdatest.CreateCodeSigningConfig calls CreateCodeSigningConfig with the input below and deletes the CodeSigningConfig when the test ends.
	out := lambdatest.CreateCodeSigningConfig(t, client, func(in *lambda.CreateCodeSigningConfigInput) {
		// in.AllowedPublishers = *types.AllowedPublishers (required)
	})
	snap.Match("create-code-signing-config", out)
}
