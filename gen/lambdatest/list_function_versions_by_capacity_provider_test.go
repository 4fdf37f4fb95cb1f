package lambdatest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/awsparity/awsparity/gen/lambdatest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListFunctionVersionsByCapacityProvider is the parity test of Lambda ListFunctionVersionsByCapacityProvider.
// ListFunctionVersionsByCapacityProvider: Returns a list of function versions that are configured to use a specific capacity provider.
func TestListFunctionVersionsByCapacityProvider(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(lambdatest.Transformers()...))
	client := newClient(t)
	var capacityProvider *string
	lambdatest.CreateCapacityProvider(t, client, func(in *lambda.CreateCapacityProviderInput) { capacityProvider = in.CapacityProviderName })
	out, err := client.ListFunctionVersionsByCapacityProvider(t.Context(), &lambda.ListFunctionVersionsByCapacityProviderInput{
		CapacityProviderName: capacityProvider,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-function-versions-by-capacity-provider", out)
}
