package route53test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/awsparity/awsparity/gen/route53test"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateCidrCollection is the parity test of Route 53 CreateCidrCollection.
// CreateCidrCollection: Creates a CIDR collection in the current Amazon Web Services account.
func TestCreateCidrCollection(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(route53test.Transformers()...))
	client := newClient(t)
	// route53test.CreateCidrCollection calls CreateCidrCollection with the input below and deletes the CidrCollection when the test ends.
	out := route53test.CreateCidrCollection(t, client, func(in *route53.CreateCidrCollectionInput) {
		// in.Name = *string (required; the fixture sets it)
		// in.CallerReference = *string (required)
	})
	snap.Match("create-cidr-collection", out)
}
