package apigatewaytest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/apigateway"
	"github.com/awsparity/awsparity/gen/apigatewaytest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetUsagePlanKey is the parity test of API Gateway GetUsagePlanKey.
// GetUsagePlanKey: Gets a usage plan key of a given key identifier.
func TestGetUsagePlanKey(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(apigatewaytest.Transformers()...))
	client := newClient(t)
	usagePlan := apigatewaytest.CreateUsagePlan(t, client)
	out, err := client.GetUsagePlanKey(t.Context(), &apigateway.GetUsagePlanKeyInput{
		UsagePlanId: usagePlan.Id,
		// KeyId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-usage-plan-key", out)
}
