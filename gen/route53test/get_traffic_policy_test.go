package route53test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/awsparity/awsparity/gen/route53test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetTrafficPolicy is the parity test of Route 53 GetTrafficPolicy.
// GetTrafficPolicy: Gets information about a specific traffic policy version.
func TestGetTrafficPolicy(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(route53test.Transformers()...))
	client := newClient(t)
	cidrCollection := route53test.CreateCidrCollection(t, client)
	out, err := client.GetTrafficPolicy(t.Context(), &route53.GetTrafficPolicyInput{
		Id: cidrCollection.Collection.Id,
		// Version: *int32 (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-traffic-policy", out)
}
