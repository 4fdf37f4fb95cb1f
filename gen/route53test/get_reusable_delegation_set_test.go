package route53test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/awsparity/awsparity/gen/route53test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetReusableDelegationSet is the parity test of Route 53 GetReusableDelegationSet.
// GetReusableDelegationSet: Retrieves information about a specified reusable delegation set, including the four name servers that are assigned to the delegation set.
func TestGetReusableDelegationSet(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(route53test.Transformers()...))
	client := newClient(t)
	reusableDelegationSet := route53test.CreateReusableDelegationSet(t, client)
	out, err := client.GetReusableDelegationSet(t.Context(), &route53.GetReusableDelegationSetInput{
		Id: reusableDelegationSet.DelegationSet.Id,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-reusable-delegation-set", out)
}
