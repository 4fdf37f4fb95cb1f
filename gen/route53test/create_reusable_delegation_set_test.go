package route53test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/awsparity/awsparity/gen/route53test"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateReusableDelegationSet is the parity test of Route 53 CreateReusableDelegationSet.
// CreateReusableDelegationSet: Creates a delegation set (a group of four name servers) that can be reused by multiple hosted zones that were created by the same Amazon Web Services account.
func TestCreateReusableDelegationSet(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(route53test.Transformers()...))
	client := newClient(t)
	// route53test.CreateReusableDelegationSet calls CreateReusableDelegationSet with the input below and deletes the ReusableDelegationSet when the test ends.
	out := route53test.CreateReusableDelegationSet(t, client, func(in *route53.CreateReusableDelegationSetInput) {
		// in.CallerReference = *string (required)
	})
	snap.Match("create-reusable-delegation-set", out)
}
