package route53test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/awsparity/awsparity/gen/route53test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetReusableDelegationSetLimit is the parity test of Route 53 GetReusableDelegationSetLimit.
// GetReusableDelegationSetLimit: Gets the maximum number of hosted zones that you can associate with the specified reusable delegation set.
func TestGetReusableDelegationSetLimit(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(route53test.Transformers()...))
	client := newClient(t)
	out, err := client.GetReusableDelegationSetLimit(t.Context(), &route53.GetReusableDelegationSetLimitInput{
		// Type: types.ReusableDelegationSetLimitType (required)
		// DelegationSetId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-reusable-delegation-set-limit", out)
}
