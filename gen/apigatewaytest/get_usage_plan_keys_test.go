package apigatewaytest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/apigateway"
	"github.com/awsparity/awsparity/gen/apigatewaytest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetUsagePlanKeys is the parity test of API Gateway GetUsagePlanKeys.
// GetUsagePlanKeys: Gets all the usage plan keys representing the API keys added to a specified usage plan.
func TestGetUsagePlanKeys(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(apigatewaytest.Transformers()...))
	client := newClient(t)
	usagePlan := apigatewaytest.CreateUsagePlan(t, client)
	out, err := client.GetUsagePlanKeys(t.Context(), &apigateway.GetUsagePlanKeysInput{
		UsagePlanId: usagePlan.Id,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-usage-plan-keys", out)
}
