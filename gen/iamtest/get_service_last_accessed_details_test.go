package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetServiceLastAccessedDetails is the parity test of IAM GetServiceLastAccessedDetails.
// GetServiceLastAccessedDetails: Retrieves a service last accessed report that was created using the GenerateServiceLastAccessedDetails operation.
func TestGetServiceLastAccessedDetails(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	out, err := client.GetServiceLastAccessedDetails(t.Context(), &iam.GetServiceLastAccessedDetailsInput{
		// JobId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-service-last-accessed-details", out)
}
