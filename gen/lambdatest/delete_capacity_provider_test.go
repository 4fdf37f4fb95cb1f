package lambdatest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/awsparity/awsparity/gen/lambdatest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteCapacityProvider is the parity test of Lambda DeleteCapacityProvider.
// DeleteCapacityProvider: Deletes a capacity provider.
func TestDeleteCapacityProvider(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(lambdatest.Transformers()...))
	client := newClient(t)
	var capacityProvider *string
	lambdatest.CreateCapacityProvider(t, client, func(in *lambda.CreateCapacityProviderInput) { capacityProvider = in.CapacityProviderName })
	out, err := client.DeleteCapacityProvider(t.Context(), &lambda.DeleteCapacityProviderInput{
		CapacityProviderName: capacityProvider,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-capacity-provider", out)
}
