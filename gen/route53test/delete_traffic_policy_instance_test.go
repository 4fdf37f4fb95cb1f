package route53test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/awsparity/awsparity/gen/route53test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteTrafficPolicyInstance is the parity test of Route 53 DeleteTrafficPolicyInstance.
// DeleteTrafficPolicyInstance: Deletes a traffic policy instance and all of the resource record sets that Amazon Route 53 created when you created the instance.
func TestDeleteTrafficPolicyInstance(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(route53test.Transformers()...))
	client := newClient(t)
	cidrCollection := route53test.CreateCidrCollection(t, client)
	out, err := client.DeleteTrafficPolicyInstance(t.Context(), &route53.DeleteTrafficPolicyInstanceInput{
		Id: cidrCollection.Collection.Id,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-traffic-policy-instance", out)
}
