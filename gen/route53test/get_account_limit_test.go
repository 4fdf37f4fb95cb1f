package route53test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/awsparity/awsparity/gen/route53test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetAccountLimit is the parity test of Route 53 GetAccountLimit.
// GetAccountLimit: Gets the specified limit for the current account, for example, the maximum number of health checks that you can create using the account.
func TestGetAccountLimit(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(route53test.Transformers()...))
	client := newClient(t)
	out, err := client.GetAccountLimit(t.Context(), &route53.GetAccountLimitInput{
		// Type: types.AccountLimitType (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-account-limit", out)
}
