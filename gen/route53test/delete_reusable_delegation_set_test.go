package route53test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/awsparity/awsparity/gen/route53test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteReusableDelegationSet is the parity test of Route 53 DeleteReusableDelegationSet.
// DeleteReusableDelegationSet: Deletes a reusable delegation set.
func TestDeleteReusableDelegationSet(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(route53test.Transformers()...))
	client := newClient(t)
	reusableDelegationSet := route53test.CreateReusableDelegationSet(t, client)
	out, err := client.DeleteReusableDelegationSet(t.Context(), &route53.DeleteReusableDelegationSetInput{
		Id: reusableDelegationSet.DelegationSet.Id,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-reusable-delegation-set", out)
}
