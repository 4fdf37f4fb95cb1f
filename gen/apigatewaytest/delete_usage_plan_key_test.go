package apigatewaytest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/apigateway"
	"github.com/awsparity/awsparity/gen/apigatewaytest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteUsagePlanKey is the parity test of API Gateway DeleteUsagePlanKey.
// DeleteUsagePlanKey: Deletes a usage plan key and remove the underlying API key from the associated usage plan.
func TestDeleteUsagePlanKey(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(apigatewaytest.Transformers()...))
	client := newClient(t)
	usagePlan := apigatewaytest.CreateUsagePlan(t, client)
	out, err := client.DeleteUsagePlanKey(t.Context(), &apigateway.DeleteUsagePlanKeyInput{
		UsagePlanId: usagePlan.Id,
		// KeyId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-usage-plan-key", out)
}
