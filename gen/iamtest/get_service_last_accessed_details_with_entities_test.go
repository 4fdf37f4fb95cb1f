package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetServiceLastAccessedDetailsWithEntities is the parity test of IAM GetServiceLastAccessedDetailsWithEntities.
// GetServiceLastAccessedDetailsWithEntities: After you generate a group or policy report using the GenerateServiceLastAccessedDetails operation, you can use the JobId parameter in GetServiceLastAccessedDetailsWithEntities.
func TestGetServiceLastAccessedDetailsWithEntities(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	out, err := client.GetServiceLastAccessedDetailsWithEntities(t.Context(), &iam.GetServiceLastAccessedDetailsWithEntitiesInput{
		// JobId: *string (required)
		// ServiceNamespace: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-service-last-accessed-details-with-entities", out)
}
