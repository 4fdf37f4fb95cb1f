package lambdatest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/awsparity/awsparity/gen/lambdatest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteProvisionedConcurrencyConfig is the parity test of Lambda DeleteProvisionedConcurrencyConfig.
// DeleteProvisionedConcurrencyConfig: Deletes the provisioned concurrency configuration for a function.
func TestDeleteProvisionedConcurrencyConfig(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(lambdatest.Transformers()...))
	client := newClient(t)
	function := lambdatest.CreateFunction(t, client)
	out, err := client.DeleteProvisionedConcurrencyConfig(t.Context(), &lambda.DeleteProvisionedConcurrencyConfigInput{
		FunctionName: function.FunctionName,
		// Qualifier: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-provisioned-concurrency-config", out)
}
