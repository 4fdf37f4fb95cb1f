package apigatewaytest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/apigateway"
	"github.com/awsparity/awsparity/gen/apigatewaytest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateUsagePlanKey is the parity test of API Gateway CreateUsagePlanKey.
// CreateUsagePlanKey: Creates a usage plan key for adding an existing API key to a usage plan.
func TestCreateUsagePlanKey(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(apigatewaytest.Transformers()...))
	client := newClient(t)
	usagePlan := apigatewaytest.CreateUsagePlan(t, client)
	out, err := client.CreateUsagePlanKey(t.Context(), &apigateway.CreateUsagePlanKeyInput{
		UsagePlanId: usagePlan.Id,
		// KeyId: *string (required)
		// KeyType: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-usage-plan-key", out)
}
