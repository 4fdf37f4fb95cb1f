package apigatewaytest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/apigateway"
	"github.com/awsparity/awsparity/gen/apigatewaytest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateUsagePlan is the parity test of API Gateway CreateUsagePlan.
// CreateUsagePlan: Creates a usage plan with the throttle and quota limits, as well as the associated API stages, specified in the payload.
func TestCreateUsagePlan(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(apigatewaytest.Transformers()...))
	client := newClient(t)
	// apigatewaytest.CreateUsagePlan calls CreateUsagePlan with the input below and deletes the UsagePlan when the test ends.
	out := apigatewaytest.CreateUsagePlan(t, client, func(in *apigateway.CreateUsagePlanInput) {
		// in.Name = *string (required; the fixture sets it)
	})
	snap.Match("create-usage-plan", out)
}
