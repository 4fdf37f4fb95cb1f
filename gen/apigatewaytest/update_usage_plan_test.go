package apigatewaytest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/apigateway"
	"github.com/awsparity/awsparity/gen/apigatewaytest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateUsagePlan is the parity test of API Gateway UpdateUsagePlan.
// UpdateUsagePlan: Updates a usage plan of a given plan Id.
func TestUpdateUsagePlan(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(apigatewaytest.Transformers()...))
	client := newClient(t)
	usagePlan := apigatewaytest.CreateUsagePlan(t, client)
	out, err := client.UpdateUsagePlan(t.Context(), &apigateway.UpdateUsagePlanInput{
		UsagePlanId: usagePlan.Id,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-usage-plan", out)
}
