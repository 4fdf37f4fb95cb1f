package lambdatest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/awsparity/awsparity/gen/lambdatest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateCapacityProvider is the parity test of Lambda CreateCapacityProvider.
// CreateCapacityProvider: Creates a capacity provider that manages compute resources for Lambda functions
func TestCreateCapacityProvider(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(lambdatest.Transformers()...))
	client := newClient(t)
	// lambdatest.CreateCapacityProvider calls CreateCapacityProvider with the input below and deletes the CapacityProvider when the test ends.
	out := lambdatest.CreateCapacityProvider(t, client, func(in *lambda.CreateCapacityProviderInput) {
		// in.CapacityProviderName = *string (required; the fixture sets it)
		// in.VpcConfig = *types.CapacityProviderVpcConfig (required)
		// in.PermissionsConfig = *types.CapacityProviderPermissionsConfig (required)
	})
	snap.Match("create-capacity-provider", out)
}
