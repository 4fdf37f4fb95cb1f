package lambdatest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/awsparity/awsparity/gen/lambdatest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateCapacityProvider is the parity test of Lambda UpdateCapacityProvider.
// UpdateCapacityProvider: Updates the configuration of an existing capacity provider.
func TestUpdateCapacityProvider(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(lambdatest.Transformers()...))
	client := newClient(t)
	var capacityProvider *string
	lambdatest.CreateCapacityProvider(t, client, func(in *lambda.CreateCapacityProviderInput) { capacityProvider = in.CapacityProviderName })
	out, err := client.UpdateCapacityProvider(t.Context(), &lambda.UpdateCapacityProviderInput{
		CapacityProviderName: capacityProvider,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-capacity-provider", out)
}
