package apigatewaytest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/apigateway"
	"github.com/awsparity/awsparity/gen/apigatewaytest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetUsagePlan is the parity test of API Gateway GetUsagePlan.
// GetUsagePlan: Gets a usage plan of a given plan identifier.
func TestGetUsagePlan(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(apigatewaytest.Transformers()...))
	client := newClient(t)
	usagePlan := apigatewaytest.CreateUsagePlan(t, client)
	out, err := client.GetUsagePlan(t.Context(), &apigateway.GetUsagePlanInput{
		UsagePlanId: usagePlan.Id,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-usage-plan", out)
}
