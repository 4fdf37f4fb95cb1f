package route53test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/awsparity/awsparity/gen/route53test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateTrafficPolicyInstance is the parity test of Route 53 UpdateTrafficPolicyInstance.
// UpdateTrafficPolicyInstance: After you submit a UpdateTrafficPolicyInstance request, there's a brief delay while Route 53 creates the resource record sets that are specified in the traffic policy definition.
func TestUpdateTrafficPolicyInstance(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(route53test.Transformers()...))
	client := newClient(t)
	cidrCollection := route53test.CreateCidrCollection(t, client)
	out, err := client.UpdateTrafficPolicyInstance(t.Context(), &route53.UpdateTrafficPolicyInstanceInput{
		Id: cidrCollection.Collection.Id,
		// TTL: *int64 (required)
		// TrafficPolicyId: *string (required)
		// TrafficPolicyVersion: *int32 (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-traffic-policy-instance", out)
}
