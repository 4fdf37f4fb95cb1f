package route53test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/awsparity/awsparity/gen/route53test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateTrafficPolicyVersion is the parity test of Route 53 CreateTrafficPolicyVersion.
// CreateTrafficPolicyVersion: Creates a new version of an existing traffic policy.
func TestCreateTrafficPolicyVersion(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(route53test.Transformers()...))
	client := newClient(t)
	cidrCollection := route53test.CreateCidrCollection(t, client)
	out, err := client.CreateTrafficPolicyVersion(t.Context(), &route53.CreateTrafficPolicyVersionInput{
		Id: cidrCollection.Collection.Id,
		// Document: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-traffic-policy-version", out)
}
